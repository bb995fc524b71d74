import type { Kysely } from 'kysely';

// Frozen: the indicator catalogue, seeded with the standard set of domain.md §2 and the
// zone-level figures. Values will be stored as integers: value × 10^scale in the unit.

const STAFF_GRANT = ['indicator:read'];
const GRANTS: Record<string, string[]> = {
  economic: ['indicator:read', 'indicator:manage'],
  enterprise: ['indicator:read'],
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

// [code, name, unit, scale, kind, reporter, category]
const STANDARD: [
  string,
  string,
  string,
  number,
  'flow' | 'stock',
  'enterprise' | 'department',
  string | null,
][] = [
  ['grossOutput', '工业总产值', '万元', 6, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['valueAdded', '工业增加值', '万元', 6, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['revenue', '营业收入', '万元', 6, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['profit', '利润总额', '万元', 6, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['tax', '税金总额', '万元', 6, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['exportDelivery', '出口交货值', '万元', 6, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['fixedAssetInvestment', '固定资产投资', '万元', 6, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['techRenovationInvestment', '技改投资', '万元', 6, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['rdExpenditure', 'R&D经费支出', '万元', 6, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['energyConsumption', '综合能耗', '吨标准煤', 2, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['electricity', '用电量', '万千瓦时', 2, 'flow', 'enterprise', 'aboveScaleIndustry'],
  ['employees', '从业人员', '人', 0, 'stock', 'enterprise', 'aboveScaleIndustry'],
  ['generalBudgetRevenue', '一般公共预算收入', '万元', 6, 'flow', 'department', null],
  ['taxRevenue', '税收收入', '万元', 6, 'flow', 'department', null],
  ['retainedTaxRevenue', '本级留成税收', '万元', 6, 'flow', 'department', null],
  ['actualForeignInvestment', '实际利用外资', '万美元', 6, 'flow', 'department', null],
  ['importExport', '进出口总额', '万美元', 6, 'flow', 'department', null],
  ['zoneFixedAssetInvestment', '全区固定资产投资', '万元', 6, 'flow', 'department', null],
  ['zoneTechRenovationInvestment', '全区技改投资', '万元', 6, 'flow', 'department', null],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicators')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    .addColumn('unit', 'varchar(16)', (c) => c.notNull())
    .addColumn('scale', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('reporter', 'varchar(16)', (c) => c.notNull())
    .addColumn('enterprise_category', 'varchar(32)')
    .addColumn('frequency', 'varchar(16)', (c) => c.notNull())
    .addColumn('lead_department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('cooperating_department_ids', 'varchar(1000)', (c) => c.notNull())
    .addColumn('alarm_growth_bp', 'integer')
    .addColumn('excellence_growth_bp', 'integer')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  const at = '2026-11-22T06:00:00.000Z';
  await db
    .insertInto('indicators')
    .values(
      STANDARD.map(([code, name, unit, scale, kind, reporter, category], i) => ({
        // Fixed ids for the seeded rows so every deployment names them the same way.
        id: `01900000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`,
        code,
        name,
        unit,
        scale,
        kind,
        reporter,
        enterprise_category: category,
        frequency: 'monthly',
        lead_department_id: null,
        cooperating_department_ids: '[]',
        alarm_growth_bp: null,
        excellence_growth_bp: null,
        status: 'active',
        sort_order: (i + 1) * 10,
        version: 1,
        created_at: at,
        updated_at: at,
      })),
    )
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
  await db.schema.dropTable('indicators').execute();
}
