import type { Kysely } from 'kysely';

// Frozen: monthly reporting (tasks, enterprise reports, values, revisions), department-entered
// zone figures, and the maintained roll-ups the summary reads.

const GRANTS: Record<string, string[]> = {
  leader: ['report:read', 'stats:read'],
  economic: ['report:read', 'stats:read', 'report:review', 'stats:enter'],
  investment: ['report:read', 'stats:read', 'stats:enter'],
  planning: ['report:read', 'stats:read', 'stats:enter'],
  office: ['report:read', 'stats:read', 'stats:enter'],
  land: ['report:read', 'stats:read'],
  safety: ['report:read', 'stats:read'],
  service: ['report:read', 'stats:read'],
  asset: ['report:read', 'stats:read'],
  party: ['report:read', 'stats:read'],
  talent: ['report:read', 'stats:read'],
  enterprise: ['report:fill', 'stats:read'],
};

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_tasks')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('enterprise_category', 'varchar(32)', (c) => c.notNull())
    .addColumn('title', 'varchar(100)', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('report_tasks_period_category_uq', ['period', 'enterprise_category'])
    .execute();

  await db.schema
    .createTable('enterprise_reports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('task_id', 'varchar(36)', (c) => c.notNull().references('report_tasks.id'))
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('enterprise_category', 'varchar(32)', (c) => c.notNull())
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.notNull().references('enterprises.id'))
    // Where the enterprise stood when the task opened; its figures stay in that group.
    .addColumn('sub_park_id', 'varchar(36)')
    .addColumn('industry_division', 'varchar(2)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('explanations', 'text', (c) => c.notNull())
    .addColumn('return_comment', 'varchar(500)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(30)')
    .addColumn('submitted_by', 'varchar(36)')
    .addColumn('reviewed_at', 'varchar(30)')
    .addColumn('reviewed_by', 'varchar(36)')
    .addColumn('revision_count', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('enterprise_reports_enterprise_period_uq', ['enterprise_id', 'period'])
    .execute();
  await db.schema
    .createIndex('enterprise_reports_task_idx')
    .on('enterprise_reports')
    .columns(['task_id', 'status'])
    .execute();
  await db.schema
    .createIndex('enterprise_reports_period_idx')
    .on('enterprise_reports')
    .columns(['period', 'status'])
    .execute();

  await db.schema
    .createTable('report_values')
    .addColumn('report_id', 'varchar(36)', (c) => c.notNull().references('enterprise_reports.id'))
    .addColumn('indicator_id', 'varchar(36)', (c) => c.notNull().references('indicators.id'))
    .addColumn('cumulative', 'bigint')
    .addColumn('previous_year', 'bigint')
    .addPrimaryKeyConstraint('report_values_pk', ['report_id', 'indicator_id'])
    .execute();

  await db.schema
    .createTable('report_revisions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('report_id', 'varchar(36)', (c) => c.notNull().references('enterprise_reports.id'))
    .addColumn('indicator_id', 'varchar(36)', (c) => c.notNull().references('indicators.id'))
    .addColumn('old_cumulative', 'bigint')
    .addColumn('new_cumulative', 'bigint')
    .addColumn('old_previous_year', 'bigint')
    .addColumn('new_previous_year', 'bigint')
    .addColumn('reason', 'varchar(500)', (c) => c.notNull())
    .addColumn('revised_by', 'varchar(36)')
    .addColumn('revised_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_revisions_report_idx')
    .on('report_revisions')
    .column('report_id')
    .execute();

  // Sums of approved report values per group: the summary reads these instead of the reports.
  await db.schema
    .createTable('indicator_rollups')
    .addColumn('indicator_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('enterprise_category', 'varchar(32)', (c) => c.notNull())
    .addColumn('sub_park_key', 'varchar(36)', (c) => c.notNull())
    .addColumn('industry_division', 'varchar(2)', (c) => c.notNull())
    .addColumn('cumulative_sum', 'bigint', (c) => c.notNull())
    .addColumn('previous_sum', 'bigint', (c) => c.notNull())
    .addColumn('reporters', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_rollups_pk', [
      'indicator_id',
      'period',
      'enterprise_category',
      'sub_park_key',
      'industry_division',
    ])
    .execute();

  await db.schema
    .createTable('zone_figures')
    .addColumn('indicator_id', 'varchar(36)', (c) => c.notNull().references('indicators.id'))
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('cumulative', 'bigint', (c) => c.notNull())
    .addColumn('previous_year', 'bigint')
    .addColumn('entered_by', 'varchar(36)')
    .addColumn('entered_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('zone_figures_pk', ['indicator_id', 'period'])
    .execute();

  const roles = await db
    .selectFrom('roles')
    .select(['id', 'code', 'permissions'])
    .where('built_in', '=', 1)
    .execute();
  for (const role of roles as { id: string; code: string; permissions: string }[]) {
    const extra = GRANTS[role.code];
    if (!extra) continue;
    const merged = [...new Set([...(JSON.parse(role.permissions) as string[]), ...extra])].sort();
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(merged) })
      .where('id', '=', role.id)
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'zone_figures',
    'indicator_rollups',
    'report_revisions',
    'report_values',
    'enterprise_reports',
    'report_tasks',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
