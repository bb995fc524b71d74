import type { Kysely } from 'kysely';

// Frozen: investment attraction (招商引资) and the project pipeline — investors (客商), agents
// (招商代理), leads (线索), activities (接待/外出考察/推介会), projects with their dated stage
// history, agreements (协议) and funds in place (到位资金). Money is integer minor units of the
// row's currency (分 or US cents); CNY equivalents are kept beside USD amounts for size bands.
// Scheduling (milestones, progress, coordination issues, meetings) has its own migration.

const READ = ['investment:read', 'project:read'];
const GRANTS: Record<string, string[]> = {
  leader: READ,
  investment: [...READ, 'investment:manage', 'project:manage', 'schedule:manage'],
  planning: [...READ, 'project:manage', 'schedule:manage'],
  economic: READ,
  office: READ,
  land: ['project:read'],
  enterprise: ['project:read'],
};

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('investors')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull()) // company | person
    .addColumn('region', 'varchar(100)', (c) => c.notNull()) // where it is based (省/市, or country)
    .addColumn('is_foreign', 'integer', (c) => c.notNull())
    .addColumn('industry_code', 'varchar(5)')
    .addColumn('contact_name', 'varchar(50)', (c) => c.notNull())
    .addColumn('contact_phone', 'varchar(30)')
    .addColumn('contact_title', 'varchar(50)', (c) => c.notNull())
    .addColumn('note', 'varchar(1000)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('investment_agents')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('contact_name', 'varchar(50)', (c) => c.notNull())
    .addColumn('contact_phone', 'varchar(30)')
    .addColumn('contract_from', 'varchar(10)')
    .addColumn('contract_to', 'varchar(10)')
    .addColumn('note', 'varchar(1000)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('investment_leads')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('investor_id', 'varchar(36)', (c) => c.references('investors.id'))
    .addColumn('source', 'varchar(24)', (c) => c.notNull())
    .addColumn('agent_id', 'varchar(36)', (c) => c.references('investment_agents.id'))
    .addColumn('industry_code', 'varchar(5)')
    .addColumn('estimated_investment_fen', 'bigint')
    .addColumn('received_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('follower_user_id', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('status', 'varchar(16)', (c) => c.notNull()) // open | converted | dropped
    .addColumn('note', 'varchar(2000)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('investment_activities')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull()) // reception | trip | promotionEvent
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('started_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ended_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('place', 'varchar(200)', (c) => c.notNull()) // destination of a trip, venue of an event
    .addColumn('participants', 'varchar(1000)', (c) => c.notNull())
    .addColumn('counterparts', 'varchar(2000)', (c) => c.notNull()) // visiting merchants / companies visited
    .addColumn('investor_ids', 'text', (c) => c.notNull()) // JSON list
    .addColumn('outcome', 'varchar(4000)', (c) => c.notNull())
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('investment_activities_kind_date_idx')
    .on('investment_activities')
    .columns(['kind', 'started_on'])
    .execute();

  await db.schema
    .createTable('projects')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(32)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull()) // investment | government
    .addColumn('project_type', 'varchar(24)', (c) => c.notNull())
    .addColumn('works_category', 'varchar(24)') // government works only
    .addColumn('investor_id', 'varchar(36)', (c) => c.references('investors.id'))
    .addColumn('lead_id', 'varchar(36)', (c) => c.references('investment_leads.id'))
    .addColumn('agent_id', 'varchar(36)', (c) => c.references('investment_agents.id'))
    .addColumn('promotion_event_id', 'varchar(36)', (c) => c.references('investment_activities.id'))
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.references('enterprises.id'))
    .addColumn('industry_code', 'varchar(5)')
    .addColumn('sub_park_id', 'varchar(36)', (c) => c.references('sub_parks.id'))
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('currency', 'varchar(3)', (c) => c.notNull())
    .addColumn('planned_investment', 'bigint', (c) => c.notNull())
    .addColumn('planned_investment_cny_fen', 'bigint', (c) => c.notNull())
    .addColumn('signed_amount', 'bigint')
    .addColumn('signed_amount_cny_fen', 'bigint')
    .addColumn('stage', 'varchar(16)', (c) => c.notNull())
    .addColumn('stage_since', 'varchar(10)', (c) => c.notNull())
    .addColumn('termination_reason', 'varchar(500)')
    .addColumn('is_key', 'integer', (c) => c.notNull())
    .addColumn('leader_name', 'varchar(50)', (c) => c.notNull())
    .addColumn('owner_user_id', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('works_quantity_unit', 'varchar(8)')
    .addColumn('works_planned_quantity_centi', 'bigint')
    .addColumn('description', 'varchar(4000)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('projects_stage_idx').on('projects').columns(['stage']).execute();
  await db.schema.createIndex('projects_enterprise_idx').on('projects').columns(['enterprise_id']).execute();

  await db.schema
    .createTable('project_stage_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id'))
    .addColumn('from_stage', 'varchar(16)')
    .addColumn('stage', 'varchar(16)', (c) => c.notNull())
    .addColumn('entered_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'varchar(2000)', (c) => c.notNull())
    .addColumn('recorded_by', 'varchar(36)')
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_stage_events_project_idx')
    .on('project_stage_events')
    .columns(['project_id', 'entered_on'])
    .execute();
  await db.schema
    .createIndex('project_stage_events_stage_idx')
    .on('project_stage_events')
    .columns(['stage', 'entered_on'])
    .execute();

  await db.schema
    .createTable('project_agreements')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('signed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('start_deadline', 'varchar(10)')
    .addColumn('completion_deadline', 'varchar(10)')
    .addColumn('production_deadline', 'varchar(10)')
    .addColumn('land_area_centimu', 'bigint')
    .addColumn('investment_intensity_fen_per_mu', 'bigint') // 万元/亩 kept as 分 per 亩
    .addColumn('output_per_mu_fen', 'bigint') // committed yearly output per 亩 at full production
    .addColumn('tax_per_mu_fen', 'bigint')
    .addColumn('file_ids', 'text', (c) => c.notNull()) // JSON list of attachment ids
    .addColumn('note', 'varchar(2000)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_agreements_project_idx')
    .on('project_agreements')
    .columns(['project_id'])
    .execute();

  await db.schema
    .createTable('project_funds')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id'))
    .addColumn('period', 'varchar(7)', (c) => c.notNull()) // YYYY-MM
    .addColumn('origin', 'varchar(16)', (c) => c.notNull()) // inProvince | outOfProvince | foreign
    .addColumn('amount_cny_fen', 'bigint', (c) => c.notNull())
    .addColumn('amount_usd_cents', 'bigint') // foreign funds as received
    .addColumn('note', 'varchar(500)', (c) => c.notNull())
    .addColumn('recorded_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('project_funds_project_period_origin_uq', ['project_id', 'period', 'origin'])
    .execute();
  await db.schema.createIndex('project_funds_period_idx').on('project_funds').columns(['period']).execute();

  await grant(db, GRANTS);
}

/**
 * Adds permissions to the built-in roles of a database that already has them.
 * Kysely<any>, as in up(): a frozen migration must not follow the evolving Database type.
 */
async function grant(db: Kysely<any>, grants: Record<string, string[]>): Promise<void> {
  const roles = await db
    .selectFrom('roles')
    .select(['id', 'code', 'permissions'])
    .where('built_in', '=', 1)
    .execute();
  for (const role of roles as { id: string; code: string; permissions: string }[]) {
    const extra = grants[role.code];
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
    'project_funds',
    'project_agreements',
    'project_stage_events',
    'projects',
    'investment_activities',
    'investment_leads',
    'investment_agents',
    'investors',
  ])
    await db.schema.dropTable(table).execute();
}
