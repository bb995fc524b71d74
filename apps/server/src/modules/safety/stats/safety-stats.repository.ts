import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';

type Db = Kysely<Database> | Transaction<Database>;

/** How a query splits its counts. */
export type Dimension = 'none' | 'enterprise' | 'subPark' | 'category' | 'grade';

/** The period and the day overdue is judged on (all inclusive YYYY-MM-DD). */
export interface Window {
  from: string;
  to: string;
  asOf: string;
}

/** Hazard counts of one group. */
export interface HazardCountRow {
  group_key: string | null;
  found: number;
  rectified: number;
  closed_in_period: number;
  overdue: number;
  major_open: number;
  supervised_open: number;
}

/** Inspection counts of one group. */
export interface InspectionCountRow {
  group_key: string | null;
  inspections: number;
  enterprises: number;
}

const HAZARD_GROUP: Record<Dimension, RawBuilder<string | null>> = {
  none: sql<null>`null`,
  enterprise: sql<string>`hazards.enterprise_id`,
  subPark: sql<string>`hazards.sub_park_id`,
  category: sql<string>`hazards.category`,
  grade: sql<string>`hazards.grade`,
};

/** A 0/1 count of rows meeting a condition, the same on both databases. */
const countWhen = (condition: RawBuilder<unknown>) =>
  sql<number>`sum(case when ${condition} then 1 else 0 end)`;

/**
 * Hazard counts of the window by group. Only hazards that matter to the window are read: found
 * by its end and not closed before its start.
 */
export async function hazardCounts(
  db: Db,
  scope: DataScope,
  window: Window,
  by: Dimension,
): Promise<HazardCountRow[]> {
  const { from, to, asOf } = window;
  const group = HAZARD_GROUP[by];
  const foundIn = sql`hazards.found_on >= ${from} and hazards.found_on <= ${to}`;
  const openAt = (day: string) =>
    sql`hazards.found_on <= ${day} and (hazards.closed_on is null or hazards.closed_on > ${day})`;
  const q = db
    .selectFrom('hazards')
    .select([
      group.as('group_key'),
      countWhen(foundIn).as('found'),
      countWhen(sql`${foundIn} and hazards.closed_on is not null and hazards.closed_on <= ${to}`).as(
        'rectified',
      ),
      countWhen(sql`hazards.closed_on >= ${from} and hazards.closed_on <= ${to}`).as('closed_in_period'),
      countWhen(sql`${openAt(asOf)} and hazards.deadline < ${asOf}`).as('overdue'),
      countWhen(sql`${openAt(to)} and hazards.grade = 'major'`).as('major_open'),
      countWhen(sql`${openAt(to)} and hazards.supervised = 1`).as('supervised_open'),
    ])
    .where('hazards.found_on', '<=', to)
    .where((eb) => eb.or([eb('hazards.closed_on', 'is', null), eb('hazards.closed_on', '>=', from)]))
    .where(scopeFilter(scope, HAZARD_SCOPE));
  // PostgreSQL refuses a constant in GROUP BY, so the whole total leaves it out.
  const rows = await (by === 'none' ? q : q.groupBy(group)).execute();
  return rows.map((r) => ({
    group_key: r.group_key,
    found: Number(r.found ?? 0),
    rectified: Number(r.rectified ?? 0),
    closed_in_period: Number(r.closed_in_period ?? 0),
    overdue: Number(r.overdue ?? 0),
    major_open: Number(r.major_open ?? 0),
    supervised_open: Number(r.supervised_open ?? 0),
  }));
}

/** Completed inspections of the period and the distinct enterprises they visited, by group. */
export async function inspectionCounts(
  db: Db,
  scope: DataScope,
  window: Window,
  by: 'none' | 'enterprise' | 'subPark',
): Promise<InspectionCountRow[]> {
  const group: RawBuilder<string | null> =
    by === 'none'
      ? sql<null>`null`
      : by === 'enterprise'
        ? sql<string>`inspections.enterprise_id`
        : sql<string>`inspections.sub_park_id`;
  const q = db
    .selectFrom('inspections')
    .select((eb) => [
      group.as('group_key'),
      eb.fn.countAll<number>().as('inspections'),
      eb.fn.count<number>('inspections.enterprise_id').distinct().as('enterprises'),
    ])
    .where('inspections.status', '=', 'completed')
    .where('inspections.inspected_on', '>=', window.from)
    .where('inspections.inspected_on', '<=', window.to)
    .where(scopeFilter(scope, INSPECTION_SCOPE));
  const rows = await (by === 'none' ? q : q.groupBy(group)).execute();
  return rows.map((r) => ({
    group_key: r.group_key,
    inspections: Number(r.inspections),
    enterprises: Number(r.enterprises),
  }));
}

/** 整改通知书 issued in the period, by group. */
export async function noticeCounts(
  db: Db,
  scope: DataScope,
  window: Window,
  by: 'none' | 'enterprise' | 'subPark',
): Promise<{ group_key: string | null; notices: number }[]> {
  const group: RawBuilder<string | null> =
    by === 'none'
      ? sql<null>`null`
      : by === 'enterprise'
        ? sql<string>`rectification_notices.enterprise_id`
        : sql<string>`rectification_notices.sub_park_id`;
  const q = db
    .selectFrom('rectification_notices')
    .select((eb) => [group.as('group_key'), eb.fn.countAll<number>().as('notices')])
    .where('rectification_notices.issued_on', '>=', window.from)
    .where('rectification_notices.issued_on', '<=', window.to)
    .where(scopeFilter(scope, NOTICE_SCOPE));
  const rows = await (by === 'none' ? q : q.groupBy(group)).execute();
  return rows.map((r) => ({ group_key: r.group_key, notices: Number(r.notices) }));
}

/** Hazards found and closed per month of a year (`YYYY-MM` keys). */
export async function monthlyHazards(
  db: Db,
  scope: DataScope,
  year: number,
): Promise<{ found: Map<string, number>; closed: Map<string, number> }> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const month = (column: 'found_on' | 'closed_on') =>
    sql<string>`substr(${sql.ref(`hazards.${column}`)}, 1, 7)`;
  const count = async (column: 'found_on' | 'closed_on') => {
    const rows = await db
      .selectFrom('hazards')
      .select((eb) => [month(column).as('month'), eb.fn.countAll<number>().as('n')])
      .where(`hazards.${column}`, '>=', from)
      .where(`hazards.${column}`, '<=', to)
      .where(scopeFilter(scope, HAZARD_SCOPE))
      .groupBy(month(column))
      .execute();
    return new Map(rows.map((r) => [r.month, Number(r.n)]));
  };
  return { found: await count('found_on'), closed: await count('closed_on') };
}

/** Names of the listed enterprises, for group labels. */
export async function enterpriseNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every sub-park's name and code, for group labels and their order. */
export async function subParks(db: Db): Promise<{ id: string; code: string; name: string }[]> {
  return db.selectFrom('sub_parks').select(['id', 'code', 'name']).orderBy('code').execute();
}

/** Scope columns of the hub tables. */
export const HAZARD_SCOPE = {
  enterprise: 'hazards.enterprise_id',
  subPark: 'hazards.sub_park_id',
  department: 'hazards.department_id',
};
export const INSPECTION_SCOPE = {
  enterprise: 'inspections.enterprise_id',
  subPark: 'inspections.sub_park_id',
  department: 'inspections.department_id',
};
export const NOTICE_SCOPE = {
  enterprise: 'rectification_notices.enterprise_id',
  subPark: 'rectification_notices.sub_park_id',
  department: 'rectification_notices.department_id',
};
