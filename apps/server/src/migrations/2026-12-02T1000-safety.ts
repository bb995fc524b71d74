import type { Kysely } from 'kysely';

// Frozen: safety inspections (检查) and hazards (隐患), the two tables the rest of the safety and
// environment work hangs off (plans and checklists, rectifications and notices, permits and
// monitoring come in their own migrations). Dates are YYYY-MM-DD in Asia/Shanghai.

const GRANTS: Record<string, string[]> = {
  leader: ['safety:read', 'env:read'],
  safety: ['safety:read', 'safety:inspect', 'safety:manage', 'env:read', 'env:manage'],
  economic: ['safety:read', 'env:read'],
  office: ['safety:read', 'env:read'],
  enterprise: ['safety:read', 'hazard:rectify', 'env:read'],
};

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('inspections')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('plan_id', 'varchar(36)') // the plan it belongs to, if any (inspection_plans)
    .addColumn('checklist_id', 'varchar(36)') // the template it fills (checklists)
    .addColumn('kind', 'varchar(16)', (c) => c.notNull()) // routine | special | joint | thirdParty
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.notNull().references('enterprises.id'))
    // Where the enterprise stood when inspected; figures stay in that group.
    .addColumn('sub_park_id', 'varchar(36)')
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('inspected_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('inspectors', 'varchar(500)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull()) // draft | completed
    .addColumn('summary', 'varchar(4000)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspections_date_idx').on('inspections').columns(['inspected_on']).execute();
  await db.schema
    .createIndex('inspections_enterprise_idx')
    .on('inspections')
    .columns(['enterprise_id', 'inspected_on'])
    .execute();

  await db.schema
    .createTable('hazards')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(32)', (c) => c.notNull().unique())
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.notNull().references('enterprises.id'))
    .addColumn('sub_park_id', 'varchar(36)')
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('source', 'varchar(16)', (c) => c.notNull()) // inspection | alarm | manual
    .addColumn('inspection_id', 'varchar(36)', (c) => c.references('inspections.id'))
    .addColumn('inspection_item_id', 'varchar(36)')
    .addColumn('alarm_id', 'varchar(36)')
    .addColumn('location', 'varchar(200)', (c) => c.notNull())
    .addColumn('category', 'varchar(24)', (c) => c.notNull())
    .addColumn('grade', 'varchar(8)', (c) => c.notNull()) // general | major
    .addColumn('description', 'varchar(2000)', (c) => c.notNull())
    .addColumn('legal_basis', 'varchar(1000)', (c) => c.notNull())
    .addColumn('photo_file_ids', 'text', (c) => c.notNull()) // JSON list
    .addColumn('found_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    .addColumn('responsible_person', 'varchar(50)', (c) => c.notNull())
    .addColumn('responsible_phone', 'varchar(30)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('supervised', 'integer', (c) => c.notNull()) // 挂牌督办
    .addColumn('supervised_level', 'varchar(50)')
    .addColumn('overdue_since', 'varchar(10)') // set by the daily job; cleared never (history)
    .addColumn('escalated_at', 'varchar(30)')
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('closed_by', 'varchar(36)')
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hazards_found_idx').on('hazards').columns(['found_on']).execute();
  await db.schema.createIndex('hazards_closed_idx').on('hazards').columns(['closed_on']).execute();
  await db.schema
    .createIndex('hazards_enterprise_idx')
    .on('hazards')
    .columns(['enterprise_id', 'status'])
    .execute();
  await db.schema.createIndex('hazards_status_idx').on('hazards').columns(['status', 'deadline']).execute();

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
  await db.schema.dropTable('hazards').execute();
  await db.schema.dropTable('inspections').execute();
}
