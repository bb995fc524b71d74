import type { Kysely } from 'kysely';

// Frozen: annual targets (目标任务), one per year and subject, owned by a department. Subjects
// come from the modules that count them ('indicator', 'enterprises' …); values are integers:
// value × 10^scale of the subject, in its unit.

const STAFF_GRANT = ['target:read'];
const GRANTS: Record<string, string[]> = {
  economic: ['target:read', 'target:manage'],
  leader: STAFF_GRANT,
  investment: STAFF_GRANT,
  planning: STAFF_GRANT,
  land: STAFF_GRANT,
  safety: STAFF_GRANT,
  service: STAFF_GRANT,
  asset: STAFF_GRANT,
  party: STAFF_GRANT,
  talent: STAFF_GRANT,
  office: STAFF_GRANT,
};

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('targets')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('subject_kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('subject_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('target_value', 'bigint', (c) => c.notNull())
    .addColumn('owner_department_id', 'varchar(36)', (c) => c.notNull().references('departments.id'))
    .addColumn('note', 'varchar(500)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('targets_year_subject_unique', ['year', 'subject_kind', 'subject_code'])
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
  await db.schema.dropTable('targets').execute();
}
