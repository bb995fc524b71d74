import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { EnterpriseCategory } from '@kaifaqu/contracts';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { reportScope } from '../reporting/reports.repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The group dimension a query splits by. */
export type Dimension = 'none' | 'subPark' | 'industry' | 'category' | 'enterprise';

/** Narrowing to one group (drill-down). */
export interface DrillFilter {
  subParkId?: string;
  industry?: string;
  category?: EnterpriseCategory;
  enterpriseId?: string;
}

/** Sums of one indicator, month and group. */
export interface SumRow {
  indicator_id: string;
  period: string;
  group_key: string | null;
  cumulative: number;
  previous: number;
  reporters: number;
}

const ROLLUP_GROUP: Record<Exclude<Dimension, 'enterprise'>, RawBuilder<string | null>> = {
  none: sql<null>`null`,
  subPark: sql<string>`nullif(indicator_rollups.sub_park_key, '')`,
  industry: sql<string>`indicator_rollups.industry_division`,
  category: sql<string>`indicator_rollups.enterprise_category`,
};

const normalise = (rows: SumRow[]): SumRow[] =>
  rows.map((r) => ({
    ...r,
    cumulative: Number(r.cumulative ?? 0),
    previous: Number(r.previous ?? 0),
    reporters: Number(r.reporters ?? 0),
  }));

/**
 * Sums from the maintained roll-ups: a few hundred rows whatever the number of reports. Only for
 * whole-zone or sub-park scopes, whose boundaries the roll-ups carry.
 */
export async function rollupSums(
  db: Db,
  query: {
    indicatorIds: string[];
    periods: string[];
    by: Exclude<Dimension, 'enterprise'>;
    subParkIds: readonly string[] | null;
  } & DrillFilter,
): Promise<SumRow[]> {
  const group = ROLLUP_GROUP[query.by];
  let q = db
    .selectFrom('indicator_rollups')
    .select(['indicator_rollups.indicator_id', 'indicator_rollups.period', group.as('group_key')])
    .select((eb) => [
      eb.fn.sum<number>('indicator_rollups.cumulative_sum').as('cumulative'),
      eb.fn.sum<number>('indicator_rollups.previous_sum').as('previous'),
      eb.fn.sum<number>('indicator_rollups.reporters').as('reporters'),
    ])
    .where('indicator_rollups.indicator_id', 'in', query.indicatorIds)
    .where('indicator_rollups.period', 'in', query.periods);
  if (query.subParkIds) {
    if (query.subParkIds.length === 0) return [];
    q = q.where('indicator_rollups.sub_park_key', 'in', [...query.subParkIds]);
  }
  if (query.subParkId) q = q.where('indicator_rollups.sub_park_key', '=', query.subParkId);
  if (query.industry) q = q.where('indicator_rollups.industry_division', '=', query.industry);
  if (query.category) q = q.where('indicator_rollups.enterprise_category', '=', query.category);
  // PostgreSQL refuses a constant in GROUP BY, so the whole-total grouping leaves it out.
  const keys = ['indicator_rollups.indicator_id', 'indicator_rollups.period'] as const;
  const rows = await (query.by === 'none' ? q.groupBy([...keys]) : q.groupBy([...keys, group])).execute();
  return normalise(rows as SumRow[]);
}

const BASE_GROUP: Record<Dimension, RawBuilder<string | null>> = {
  none: sql<null>`null`,
  subPark: sql<string>`enterprise_reports.sub_park_id`,
  industry: sql<string>`enterprise_reports.industry_division`,
  category: sql<string>`enterprise_reports.enterprise_category`,
  enterprise: sql<string>`enterprise_reports.enterprise_id`,
};

/**
 * The same sums straight from the approved reports, limited by any data scope. Used for
 * department and enterprise scopes, for enterprise grouping, and as the benchmark's reference.
 */
export async function reportSums(
  db: Db,
  scope: DataScope,
  query: { indicatorIds: string[]; periods: string[]; by: Dimension } & DrillFilter,
): Promise<SumRow[]> {
  const group = BASE_GROUP[query.by];
  let q = db
    .selectFrom('report_values')
    .innerJoin('enterprise_reports', 'enterprise_reports.id', 'report_values.report_id')
    .innerJoin('enterprises', 'enterprises.id', 'enterprise_reports.enterprise_id')
    .select(['report_values.indicator_id', 'enterprise_reports.period', group.as('group_key')])
    .select((eb) => [
      eb.fn.sum<number>('report_values.cumulative').as('cumulative'),
      eb.fn.sum<number>('report_values.previous_year').as('previous'),
      eb.fn.count<number>('report_values.cumulative').as('reporters'),
    ])
    .where('enterprise_reports.status', '=', 'approved')
    .where('report_values.indicator_id', 'in', query.indicatorIds)
    .where('enterprise_reports.period', 'in', query.periods)
    .where(reportScope(scope));
  if (query.subParkId) q = q.where('enterprise_reports.sub_park_id', '=', query.subParkId);
  if (query.industry) q = q.where('enterprise_reports.industry_division', '=', query.industry);
  if (query.category) q = q.where('enterprise_reports.enterprise_category', '=', query.category);
  if (query.enterpriseId) q = q.where('enterprise_reports.enterprise_id', '=', query.enterpriseId);
  const keys = ['report_values.indicator_id', 'enterprise_reports.period'] as const;
  const rows = await (query.by === 'none' ? q.groupBy([...keys]) : q.groupBy([...keys, group])).execute();
  return normalise(rows as SumRow[]);
}

/** Department-entered zone figures of the months. */
export async function zoneFigureSums(db: Db, indicatorIds: string[], periods: string[]) {
  if (indicatorIds.length === 0) return [];
  return db
    .selectFrom('zone_figures')
    .select(['indicator_id', 'period', 'cumulative', 'previous_year'])
    .where('indicator_id', 'in', indicatorIds)
    .where('period', 'in', periods)
    .execute();
}

/** Every sub-park's name, for group labels. */
export async function subParkNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('sub_parks').select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of the listed enterprises, for group labels. */
export async function enterpriseNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const rows = await db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', chunk).execute();
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}
