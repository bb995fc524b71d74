import type { Kysely } from 'kysely';

// Frozen: the enterprise registry. Written once for SQLite and PostgreSQL.

const GRANTS: Record<string, string[]> = {
  leader: ['enterprise:read', 'enterprise:export'],
  investment: ['enterprise:read', 'enterprise:export', 'enterprise:manage', 'enterprise:import'],
  economic: ['enterprise:read', 'enterprise:export', 'enterprise:manage', 'enterprise:import'],
  service: ['enterprise:read', 'enterprise:export', 'enterprise:manage', 'enterprise:import'],
  office: ['enterprise:read', 'enterprise:export', 'enterprise:manage', 'enterprise:import'],
  planning: ['enterprise:read', 'enterprise:export'],
  land: ['enterprise:read', 'enterprise:export'],
  safety: ['enterprise:read', 'enterprise:export'],
  asset: ['enterprise:read', 'enterprise:export'],
  party: ['enterprise:read', 'enterprise:export'],
  talent: ['enterprise:read', 'enterprise:export'],
  enterprise: ['enterprise:read', 'enterprise:self'],
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leading_industries')
    .addColumn('code', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('credit_code', 'varchar(18)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('legal_representative', 'varchar(50)', (c) => c.notNull())
    .addColumn('registered_capital_fen', 'bigint', (c) => c.notNull())
    .addColumn('registered_capital_currency', 'varchar(3)', (c) => c.notNull())
    .addColumn('established_on', 'varchar(10)')
    .addColumn('settled_on', 'varchar(10)')
    .addColumn('sub_park_id', 'varchar(36)', (c) => c.references('sub_parks.id'))
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('address', 'varchar(200)', (c) => c.notNull())
    .addColumn('industry_code', 'varchar(4)', (c) => c.notNull())
    .addColumn('leading_industry_code', 'varchar(32)', (c) => c.references('leading_industries.code'))
    .addColumn('ownership', 'varchar(16)', (c) => c.notNull())
    .addColumn('land_area_centimu', 'bigint')
    .addColumn('employees', 'integer', (c) => c.notNull())
    .addColumn('contact_name', 'varchar(50)', (c) => c.notNull())
    .addColumn('contact_phone', 'varchar(20)')
    .addColumn('liaison_user_id', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('tags', 'varchar(1000)', (c) => c.notNull())
    .addColumn('status', 'varchar(24)', (c) => c.notNull())
    .addColumn('status_since', 'varchar(10)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enterprises_sub_park_idx').on('enterprises').column('sub_park_id').execute();
  await db.schema.createIndex('enterprises_industry_idx').on('enterprises').column('industry_code').execute();

  await db.schema
    .createTable('enterprise_status_history')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.notNull().references('enterprises.id'))
    .addColumn('status', 'varchar(24)', (c) => c.notNull())
    .addColumn('effective_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'varchar(200)', (c) => c.notNull())
    .addColumn('recorded_by', 'varchar(36)')
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enterprise_status_history_idx')
    .on('enterprise_status_history')
    .columns(['enterprise_id', 'effective_on'])
    .execute();

  await db.schema
    .createTable('enterprise_qualifications')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.notNull().references('enterprises.id'))
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('certificate_no', 'varchar(64)', (c) => c.notNull())
    .addColumn('valid_from', 'varchar(10)')
    .addColumn('valid_to', 'varchar(10)')
    .addColumn('board', 'varchar(32)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enterprise_qualifications_idx')
    .on('enterprise_qualifications')
    .columns(['enterprise_id', 'kind'])
    .execute();

  await db.schema
    .createTable('enterprise_changes')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.notNull().references('enterprises.id'))
    .addColumn('field', 'varchar(64)', (c) => c.notNull())
    .addColumn('old_value', 'varchar(1000)')
    .addColumn('new_value', 'varchar(1000)')
    .addColumn('changed_by', 'varchar(36)')
    .addColumn('changed_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('enterprise_changes_idx')
    .on('enterprise_changes')
    .column('enterprise_id')
    .execute();

  // Existing built-in roles gain the registry's permissions (fresh databases get them from the seed).
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
    'enterprise_changes',
    'enterprise_qualifications',
    'enterprise_status_history',
    'enterprises',
    'leading_industries',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
