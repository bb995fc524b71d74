import type {
  StatsGroup,
  StatsIndicator,
  StatsSummary,
  StatsSummaryQuery,
  StatsTrend,
  StatsTrendQuery,
  StatsValue,
} from '@kaifaqu/contracts';
import { enterpriseCategories } from '@kaifaqu/contracts';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { badRequest } from '../../../platform/errors.js';
import { industryDivisionName } from '../../enterprises/index.js';
import { share, yoyGrowth } from '../figures/index.js';
import { listIndicators } from '../indicators.repository.js';
import type { IndicatorTable } from '../indicators.tables.js';
import { CATEGORY_NAMES } from '../reporting/report-tasks.service.js';
import * as repo from './stats.repository.js';
import type { Dimension, DrillFilter, SumRow } from './stats.repository.js';

/** Most indicators one summary may ask for. */
export const MAX_SUMMARY_INDICATORS = 30;

const pad = (month: number) => String(month).padStart(2, '0');

function statsIndicator(i: IndicatorTable): StatsIndicator {
  return {
    code: i.code,
    name: i.name,
    unit: i.unit,
    scale: i.scale,
    kind: i.kind,
    reporter: i.reporter,
    alarmGrowthBp: i.alarm_growth_bp,
    excellenceGrowthBp: i.excellence_growth_bp,
  };
}

async function resolveIndicators(ctx: AppContext, codes: string[]): Promise<IndicatorTable[]> {
  if (codes.length === 0 || codes.length > MAX_SUMMARY_INDICATORS)
    throw badRequest(`一次最多查询 ${MAX_SUMMARY_INDICATORS} 项指标`);
  const byCode = new Map((await listIndicators(ctx.db)).map((i) => [i.code, i]));
  return codes.map((code) => {
    const indicator = byCode.get(code);
    if (!indicator) throw badRequest(`指标 ${code} 不存在`, 'UNKNOWN_INDICATOR');
    return indicator;
  });
}

/** Whether the maintained roll-ups can answer for this scope and grouping. */
function rollupsServe(scope: DataScope, by: Dimension, drill: DrillFilter): boolean {
  return (scope.kind === 'zone' || scope.kind === 'subParks') && by !== 'enterprise' && !drill.enterpriseId;
}

/** Sums for the months, from the roll-ups where they serve, else from the reports. */
function sums(
  ctx: AppContext,
  scope: DataScope,
  indicatorIds: string[],
  periods: string[],
  by: Dimension,
  drill: DrillFilter,
): Promise<SumRow[]> {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  if (rollupsServe(scope, by, drill)) {
    const subParkIds = scope.kind === 'subParks' ? scope.subParkIds : null;
    return repo.rollupSums(ctx.db, {
      indicatorIds,
      periods,
      by: by as Exclude<Dimension, 'enterprise'>,
      subParkIds,
      ...drill,
    });
  }
  return repo.reportSums(ctx.db, scope, { indicatorIds, periods, by, ...drill });
}

type Figure = { current: number | null; previous: number | null; reporters: number };

/**
 * The figure of months from…to: a flow's total is cumulative(to) − cumulative(from − 1); a
 * stock's value is its value at `to`. The previous-year side is the same arithmetic on the
 * 上年同期 the same enterprises reported.
 */
function figureOf(kind: IndicatorTable['kind'], at: Figure | undefined, before: Figure | undefined): Figure {
  if (!at || at.current === null) return { current: null, previous: null, reporters: 0 };
  if (kind === 'stock' || !before) return at;
  const minus = (a: number | null, b: number | null) => (a === null ? null : a - (b ?? 0));
  return {
    current: minus(at.current, before.current),
    previous: minus(at.previous, before.previous),
    reporters: at.reporters,
  };
}

function valueOf(indicator: IndicatorTable, figure: Figure, total: Figure): StatsValue {
  return {
    indicatorCode: indicator.code,
    current: figure.current,
    previous: figure.previous,
    growth:
      figure.current === null || figure.previous === null ? null : yoyGrowth(figure.current, figure.previous),
    share: figure.current === null || total.current === null ? null : share(figure.current, total.current),
    reporters: figure.reporters,
  };
}

/** Adds up grouped sums into one row per indicator and month. */
function totalOf(rows: SumRow[]): SumRow[] {
  const totals = new Map<string, SumRow>();
  for (const r of rows) {
    const key = `${r.indicator_id}|${r.period}`;
    const t = totals.get(key);
    if (t) {
      t.cumulative += r.cumulative;
      t.previous += r.previous;
      t.reporters += r.reporters;
    } else totals.set(key, { ...r, group_key: null });
  }
  return [...totals.values()];
}

/** `GET /stats/summary`: the figures of a range of months of one year, by group. */
export async function summary(
  ctx: AppContext,
  scope: DataScope,
  query: StatsSummaryQuery,
): Promise<StatsSummary> {
  const by = query.groupBy ?? 'none';
  // The sub-parks are few: read all their names alongside the catalogue rather than after the sums
  // (on PostgreSQL each sequential query is a round trip).
  const [indicators, subParkNames] = await Promise.all([
    resolveIndicators(ctx, [...new Set(query.indicators.split(',').map((c) => c.trim()))]),
    by === 'subPark' ? repo.subParkNames(ctx.db) : Promise.resolve(null),
  ]);
  if (query.from.slice(0, 4) !== query.to.slice(0, 4) || query.from > query.to)
    throw badRequest('起止月份须在同一年内且起始不晚于截止', 'INVALID_RANGE');
  const drill: DrillFilter = {
    subParkId: query.subParkId,
    industry: query.industry,
    category: query.category,
    enterpriseId: query.enterpriseId,
  };
  const fromMonth = Number(query.from.slice(5));
  const base = fromMonth > 1 ? `${query.from.slice(0, 4)}-${pad(fromMonth - 1)}` : null;
  const periods = base ? [query.to, base] : [query.to];
  const enterpriseIds = indicators.filter((i) => i.reporter === 'enterprise').map((i) => i.id);
  // Every report lies in exactly one group, so the total is the sum of the groups: one query.
  const groupRows = by === 'none' ? [] : await sums(ctx, scope, enterpriseIds, periods, by, drill);
  const totalRows =
    by === 'none' ? await sums(ctx, scope, enterpriseIds, periods, 'none', drill) : totalOf(groupRows);

  const index = (rows: SumRow[]) =>
    new Map(rows.map((r) => [`${r.indicator_id}|${r.period}|${r.group_key}`, r]));
  const totalIndex = index(totalRows);
  const groupIndex = index(groupRows);
  const pick = (rows: SumRow[], id: string, period: string | null, key: string | null) => {
    const row = (rows === totalRows ? totalIndex : groupIndex).get(`${id}|${period}|${key}`);
    return row ? { current: row.cumulative, previous: row.previous, reporters: row.reporters } : undefined;
  };
  const zoneWide = scope.kind === 'zone' && !Object.values(drill).some(Boolean);
  const zoneRows = zoneWide
    ? await repo.zoneFigureSums(
        ctx.db,
        indicators.filter((i) => i.reporter === 'department').map((i) => i.id),
        periods,
      )
    : [];
  const zoneFigure = (id: string, period: string | null): Figure | undefined => {
    const row = zoneRows.find((r) => r.indicator_id === id && r.period === period);
    return row
      ? {
          current: Number(row.cumulative),
          previous: row.previous_year === null ? null : Number(row.previous_year),
          reporters: 1,
        }
      : undefined;
  };
  const totals = new Map(
    indicators.map((i) => {
      const figure =
        i.reporter === 'enterprise'
          ? figureOf(i.kind, pick(totalRows, i.id, query.to, null), pick(totalRows, i.id, base, null))
          : figureOf(i.kind, zoneFigure(i.id, query.to), zoneFigure(i.id, base));
      return [i.id, figure];
    }),
  );
  const total: StatsGroup = {
    key: null,
    name: '合计',
    values: indicators.map((i) => valueOf(i, totals.get(i.id)!, totals.get(i.id)!)),
  };

  const keys = [...new Set(groupRows.filter((r) => r.period === query.to).map((r) => r.group_key))];
  const names = await groupNameOf(ctx, by, keys, subParkNames);
  let groups: StatsGroup[] = keys.map((key) => ({
    key,
    name: names(key),
    values: indicators.map((i) => {
      const figure =
        i.reporter === 'enterprise'
          ? figureOf(i.kind, pick(groupRows, i.id, query.to, key), pick(groupRows, i.id, base, key))
          : { current: null, previous: null, reporters: 0 };
      return valueOf(i, figure, totals.get(i.id)!);
    }),
  }));
  groups = sortGroups(by, groups, query.limit ?? 100);
  return {
    from: query.from,
    to: query.to,
    groupBy: by,
    indicators: indicators.map(statsIndicator),
    total,
    groups,
  };
}

function sortGroups(by: Dimension, groups: StatsGroup[], limit: number): StatsGroup[] {
  if (by === 'enterprise') {
    const first = (g: StatsGroup) => g.values[0]?.current ?? Number.NEGATIVE_INFINITY;
    return groups.sort((a, b) => first(b) - first(a) || a.name.localeCompare(b.name)).slice(0, limit);
  }
  if (by === 'category') {
    const order = (k: string | null) => enterpriseCategories.indexOf(k as never);
    return groups.sort((a, b) => order(a.key) - order(b.key));
  }
  return groups.sort((a, b) => (a.key ?? '~').localeCompare(b.key ?? '~'));
}

async function groupNameOf(
  ctx: AppContext,
  by: Dimension,
  keys: (string | null)[],
  subParkNames: Map<string, string> | null,
) {
  const ids = keys.filter((k): k is string => k !== null);
  const named =
    subParkNames ??
    (by === 'enterprise' ? await repo.enterpriseNames(ctx.db, ids) : new Map<string, string>());
  return (key: string | null): string => {
    if (key === null) return by === 'subPark' ? '未分园区' : '合计';
    if (by === 'industry') return `${key} ${industryDivisionName(key) ?? '未知行业'}`;
    if (by === 'category') return CATEGORY_NAMES[key as keyof typeof CATEGORY_NAMES] ?? key;
    return named.get(key) ?? key;
  };
}

/** `GET /stats/trend`: monthly cumulative values of one indicator for several years. */
export async function trend(ctx: AppContext, scope: DataScope, query: StatsTrendQuery): Promise<StatsTrend> {
  const [indicator] = await resolveIndicators(ctx, [query.indicator]);
  const years = Array.from({ length: query.years ?? 3 }, (_, i) => query.toYear - (query.years ?? 3) + 1 + i);
  const periods = years.flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${pad(m + 1)}`));
  const drill: DrillFilter = {
    subParkId: query.subParkId,
    industry: query.industry,
    category: query.category,
    enterpriseId: query.enterpriseId,
  };
  const values = new Map<string, number>();
  if (indicator!.reporter === 'enterprise') {
    for (const row of await sums(ctx, scope, [indicator!.id], periods, 'none', drill))
      if (row.reporters > 0) values.set(row.period, row.cumulative);
  } else if (scope.kind === 'zone' && !Object.values(drill).some(Boolean)) {
    for (const row of await repo.zoneFigureSums(ctx.db, [indicator!.id], periods))
      values.set(row.period, Number(row.cumulative));
  }
  return {
    indicator: statsIndicator(indicator!),
    series: years.map((year) => ({
      year,
      points: Array.from({ length: 12 }, (_, m) => {
        const cumulative = values.get(`${year}-${pad(m + 1)}`) ?? null;
        const before = m === 0 ? 0 : (values.get(`${year}-${pad(m)}`) ?? null);
        const single =
          indicator!.kind === 'flow' && cumulative !== null && before !== null ? cumulative - before : null;
        return { month: m + 1, cumulative, single };
      }),
    })),
  };
}
