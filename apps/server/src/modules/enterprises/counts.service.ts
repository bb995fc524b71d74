import type { EnterpriseCounts, EnterpriseCountsQuery } from '@kaifaqu/contracts';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import { organisationRepository } from '../organisation/index.js';
import { standingsAsOf, type StandingRow } from './counts.repository.js';
import { industryPath } from './industries.js';
import { SETTLED_STATUSES } from './lifecycle.js';
import { isForeignFunded } from './ownership.js';

type Counters = Omit<EnterpriseCounts, 'groupKey' | 'groupName'>;

const empty = (): Counters => ({
  settled: 0,
  underConstruction: 0,
  inProduction: 0,
  aboveScale: 0,
  highTech: 0,
  foreignFunded: 0,
  listed: 0,
});

/**
 * Adds one enterprise to a group's counters. Only enterprises settled on the date count at all;
 * 规上 is the year of the date; 外资 includes 港澳台.
 */
export function countStanding(counters: Counters, row: StandingRow): void {
  if (!row.status_as_of || !SETTLED_STATUSES.includes(row.status_as_of as (typeof SETTLED_STATUSES)[number]))
    return;
  counters.settled += 1;
  if (row.status_as_of === 'underConstruction') counters.underConstruction += 1;
  if (row.status_as_of === 'inProduction') counters.inProduction += 1;
  if (Number(row.above_scale) === 1) counters.aboveScale += 1;
  if (Number(row.high_tech) === 1) counters.highTech += 1;
  if (Number(row.listed) === 1) counters.listed += 1;
  if (isForeignFunded(row.ownership)) counters.foreignFunded += 1;
}

/** The registry's headline counts as of a date, overall or by sub-park or industry 门类. */
export async function enterpriseCounts(
  ctx: AppContext,
  scope: DataScope,
  query: EnterpriseCountsQuery,
): Promise<EnterpriseCounts[]> {
  const rows = await standingsAsOf(ctx.db, scope, query.asOf);
  const groupBy = query.groupBy ?? 'none';
  const groups = new Map<string | null, { name: string; counters: Counters }>();
  const names =
    groupBy === 'subPark'
      ? new Map((await organisationRepository.listSubParks(ctx.db)).map((p) => [p.id, p.name]))
      : new Map<string, string>();
  for (const row of rows) {
    let key: string | null = null;
    let name = '全部';
    if (groupBy === 'subPark') {
      key = row.sub_park_id;
      name = key ? (names.get(key) ?? key) : '未分配园区';
    } else if (groupBy === 'industry') {
      const path = industryPath(row.industry_code);
      key = path?.sectionCode ?? null;
      name = path ? `${path.sectionCode} ${path.sectionName}` : '未知行业';
    }
    if (!groups.has(key)) groups.set(key, { name, counters: empty() });
    countStanding(groups.get(key)!.counters, row);
  }
  if (groupBy === 'none' && groups.size === 0) groups.set(null, { name: '全部', counters: empty() });
  return [...groups.entries()]
    .map(([groupKey, g]) => ({ groupKey, groupName: g.name, ...g.counters }))
    .filter((g) => groupBy === 'none' || g.settled > 0)
    .sort((a, b) => (a.groupKey ?? '~').localeCompare(b.groupKey ?? '~'));
}
