import {
  HAZARD_CATEGORIES,
  type SafetyFigures,
  type SafetyStats,
  type SafetyStatsGroup,
  type SafetyStatsQuery,
  type SafetyTrend,
  type SafetyTrendQuery,
} from '@kaifaqu/contracts';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import * as repo from './safety-stats.repository.js';
import type { Dimension, HazardCountRow, Window } from './safety-stats.repository.js';
import { resolveWindow } from './safety-period.js';
import { shanghaiToday } from '../../../platform/dates.js';

/** Chinese names of the hazard categories (HazardCategory of the contracts), for tables and Excel. */
export const CATEGORY_NAMES: Record<string, string> = {
  fire: '消防',
  electrical: '电气',
  machinery: '机械设备',
  confinedSpace: '有限空间',
  dustExplosion: '粉尘防爆',
  hazardousChemicals: '危化品',
  specialEquipment: '特种设备',
  workAtHeight: '高处作业',
  housekeeping: '现场管理',
  occupationalHealth: '职业卫生',
  environment: '环保',
  other: '其他',
};

const GRADE_NAMES: Record<string, string> = { general: '一般隐患', major: '重大隐患' };

/** rectified / found in basis points, rounded half up; null with nothing found. */
export function rateBp(rectified: number, found: number): number | null {
  return found === 0 ? null : Math.round((rectified * 10_000) / found);
}

const noHazards: Omit<HazardCountRow, 'group_key'> = {
  found: 0,
  rectified: 0,
  closed_in_period: 0,
  overdue: 0,
  major_open: 0,
  supervised_open: 0,
};

function figures(
  hazards: Omit<HazardCountRow, 'group_key'> | undefined,
  inspections: { inspections: number; enterprises: number } | undefined | null,
  notices: number | undefined | null,
): SafetyFigures {
  const h = hazards ?? noHazards;
  return {
    inspections: inspections === null ? null : (inspections?.inspections ?? 0),
    enterprisesInspected: inspections === null ? null : (inspections?.enterprises ?? 0),
    found: h.found,
    rectified: h.rectified,
    rateBp: rateBp(h.rectified, h.found),
    closedInPeriod: h.closed_in_period,
    overdue: h.overdue,
    noticesIssued: notices === null ? null : (notices ?? 0),
    majorOpen: h.major_open,
    supervisedOpen: h.supervised_open,
  };
}

/** The whole-scope figures of a window. */
async function totalOf(ctx: AppContext, scope: DataScope, window: Window): Promise<SafetyFigures> {
  const [hazards, inspections, notices] = await Promise.all([
    repo.hazardCounts(ctx.db, scope, window, 'none'),
    repo.inspectionCounts(ctx.db, scope, window, 'none'),
    repo.noticeCounts(ctx.db, scope, window, 'none'),
  ]);
  return figures(hazards[0], inspections[0], notices[0]?.notices);
}

/** The rows of a grouped table; inspections and notices only split by enterprise and sub-park. */
async function groupsOf(
  ctx: AppContext,
  scope: DataScope,
  window: Window,
  by: Exclude<Dimension, 'none'>,
): Promise<SafetyStatsGroup[]> {
  const owned = by === 'enterprise' || by === 'subPark' ? by : null;
  const [hazards, inspections, notices] = await Promise.all([
    repo.hazardCounts(ctx.db, scope, window, by),
    owned ? repo.inspectionCounts(ctx.db, scope, window, owned) : Promise.resolve(null),
    owned ? repo.noticeCounts(ctx.db, scope, window, owned) : Promise.resolve(null),
  ]);
  const keys = new Set<string | null>(hazards.map((h) => h.group_key));
  for (const row of [...(inspections ?? []), ...(notices ?? [])]) keys.add(row.group_key);
  const names = await groupNames(ctx, by, [...keys]);
  const rows = [...keys].map((key) => ({
    key,
    name: names.name(key),
    figures: figures(
      hazards.find((h) => h.group_key === key),
      inspections ? inspections.find((i) => i.group_key === key) : null,
      notices ? notices.find((n) => n.group_key === key)?.notices : null,
    ),
  }));
  return rows.sort((a, b) => names.order(a.key) - names.order(b.key) || orderWithin(by, a, b));
}

/** Within equal rank (enterprises), the most hazards first, then by name. */
function orderWithin(by: Dimension, a: SafetyStatsGroup, b: SafetyStatsGroup): number {
  if (by !== 'enterprise') return 0;
  return b.figures.found - a.figures.found || a.name.localeCompare(b.name, 'zh-CN');
}

/** Display names and order of the groups; an unassigned key (null) comes last. */
async function groupNames(ctx: AppContext, by: Exclude<Dimension, 'none'>, keys: (string | null)[]) {
  const LAST = Number.MAX_SAFE_INTEGER;
  switch (by) {
    case 'subPark': {
      const parks = await repo.subParks(ctx.db);
      return {
        name: (key: string | null) => parks.find((p) => p.id === key)?.name ?? '未分园区',
        order: (key: string | null) => {
          const i = parks.findIndex((p) => p.id === key);
          return i < 0 ? LAST : i;
        },
      };
    }
    case 'enterprise': {
      const names = await repo.enterpriseNames(
        ctx.db,
        keys.filter((k): k is string => k !== null),
      );
      return { name: (key: string | null) => (key && names.get(key)) ?? '—', order: () => 0 };
    }
    case 'category':
      return {
        name: (key: string | null) => (key && CATEGORY_NAMES[key]) ?? key ?? '—',
        order: (key: string | null) => {
          const i = (HAZARD_CATEGORIES as readonly string[]).indexOf(key ?? '');
          return i < 0 ? LAST : i;
        },
      };
    case 'grade':
      return {
        name: (key: string | null) => (key && GRADE_NAMES[key]) ?? key ?? '—',
        order: (key: string | null) => (key === 'general' ? 0 : key === 'major' ? 1 : LAST),
      };
  }
}

/** The quarterly/annual table (domain.md §9): a total and, when asked, one row per group. */
export async function safetyStats(
  ctx: AppContext,
  scope: DataScope,
  query: SafetyStatsQuery,
): Promise<SafetyStats> {
  const window = resolveWindow(query, shanghaiToday(ctx));
  const groupBy = query.groupBy ?? 'none';
  const [total, groups] = await Promise.all([
    totalOf(ctx, scope, window),
    groupBy === 'none' ? Promise.resolve([]) : groupsOf(ctx, scope, window, groupBy),
  ]);
  return { ...window, groupBy, total, groups };
}

/** Hazards found and closed in each month of a year. */
export async function safetyTrend(
  ctx: AppContext,
  scope: DataScope,
  query: SafetyTrendQuery,
): Promise<SafetyTrend> {
  const { found, closed } = await repo.monthlyHazards(ctx.db, scope, query.year);
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${query.year}-${String(i + 1).padStart(2, '0')}`;
    return { month, found: found.get(month) ?? 0, closed: closed.get(month) ?? 0 };
  });
  return { year: query.year, months };
}
