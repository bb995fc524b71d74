import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.js';
import type { EnterpriseReportTable, IndicatorRollupTable } from './reporting.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** How a report's values move the sums: + on approval, new − old on a revision. */
export interface RollupDelta {
  indicatorId: string;
  cumulative: number;
  previous: number;
  reporters: number;
}

type GroupOf = Pick<
  EnterpriseReportTable,
  'period' | 'enterprise_category' | 'sub_park_id' | 'industry_division'
>;

const KEY = ['indicator_id', 'period', 'enterprise_category', 'sub_park_key', 'industry_division'] as const;

/** The delta of replacing `before` values by `after` ones (null = not reported). */
export function valueDelta(
  indicatorId: string,
  before: { cumulative: number | null; previous_year: number | null } | undefined,
  after: { cumulative: number | null; previous_year: number | null } | undefined,
): RollupDelta {
  const present = (v: number | null | undefined) => (v === null || v === undefined ? 0 : 1);
  return {
    indicatorId,
    cumulative: (after?.cumulative ?? 0) - (before?.cumulative ?? 0),
    previous: (after?.previous_year ?? 0) - (before?.previous_year ?? 0),
    reporters: present(after?.cumulative) - present(before?.cumulative),
  };
}

/**
 * Adds deltas of reports to the roll-ups, in the caller's transaction. Deltas of one key are
 * merged first: PostgreSQL refuses to touch a row twice in one upsert.
 */
export async function addToRollups(
  db: Db,
  changes: { report: GroupOf; deltas: RollupDelta[] }[],
): Promise<void> {
  const merged = new Map<string, IndicatorRollupTable>();
  for (const { report, deltas } of changes) {
    for (const d of deltas) {
      if (d.cumulative === 0 && d.previous === 0 && d.reporters === 0) continue;
      const row: IndicatorRollupTable = {
        indicator_id: d.indicatorId,
        period: report.period,
        enterprise_category: report.enterprise_category,
        sub_park_key: report.sub_park_id ?? '',
        industry_division: report.industry_division,
        cumulative_sum: d.cumulative,
        previous_sum: d.previous,
        reporters: d.reporters,
      };
      const key = KEY.map((k) => row[k]).join('|');
      const seen = merged.get(key);
      if (seen) {
        seen.cumulative_sum += row.cumulative_sum;
        seen.previous_sum += row.previous_sum;
        seen.reporters += row.reporters;
      } else merged.set(key, row);
    }
  }
  const rows = [...merged.values()];
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('indicator_rollups')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc.columns([...KEY]).doUpdateSet({
          cumulative_sum: sql`indicator_rollups.cumulative_sum + excluded.cumulative_sum`,
          previous_sum: sql`indicator_rollups.previous_sum + excluded.previous_sum`,
          reporters: sql`indicator_rollups.reporters + excluded.reporters`,
        }),
      )
      .execute();
  }
}

/** Every roll-up row that is not all zeros, in key order (tests compare it with the base). */
export async function allRollups(db: Db): Promise<IndicatorRollupTable[]> {
  const rows = await db
    .selectFrom('indicator_rollups')
    .selectAll()
    .where((eb) =>
      eb.or([eb('cumulative_sum', '!=', 0), eb('previous_sum', '!=', 0), eb('reporters', '!=', 0)]),
    )
    .execute();
  return rows.sort(byRollupKey);
}

/** The same sums computed from the approved reports themselves: what the roll-ups must equal. */
export async function rollupsFromReports(db: Db): Promise<IndicatorRollupTable[]> {
  const rows = await db
    .selectFrom('report_values')
    .innerJoin('enterprise_reports', 'enterprise_reports.id', 'report_values.report_id')
    .select([
      'report_values.indicator_id',
      'enterprise_reports.period',
      'enterprise_reports.enterprise_category',
      sql<string>`coalesce(enterprise_reports.sub_park_id, '')`.as('sub_park_key'),
      'enterprise_reports.industry_division',
    ])
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>('report_values.cumulative'), sql<number>`0`).as('cumulative_sum'),
      eb.fn.coalesce(eb.fn.sum<number>('report_values.previous_year'), sql<number>`0`).as('previous_sum'),
      eb.fn.count<number>('report_values.cumulative').as('reporters'),
    ])
    .where('enterprise_reports.status', '=', 'approved')
    .groupBy([
      'report_values.indicator_id',
      'enterprise_reports.period',
      'enterprise_reports.enterprise_category',
      'enterprise_reports.sub_park_id',
      'enterprise_reports.industry_division',
    ])
    .execute();
  return rows
    .map((r) => ({
      ...r,
      cumulative_sum: Number(r.cumulative_sum),
      previous_sum: Number(r.previous_sum),
      reporters: Number(r.reporters),
    }))
    .filter((r) => r.cumulative_sum !== 0 || r.previous_sum !== 0 || r.reporters !== 0)
    .sort(byRollupKey);
}

/** Orders roll-up rows by their key, the same way on both databases. */
export function byRollupKey(a: IndicatorRollupTable, b: IndicatorRollupTable): number {
  for (const k of KEY) {
    const c = a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}
