import {
  InvestmentStatsErrorCode,
  type InvestmentDrillQuery,
  type InvestmentDrillRow,
  type InvestmentFigures,
  type InvestmentStatsGroup,
  type InvestmentStatsQuery,
  type InvestmentStatsSummary,
} from '@kaifaqu/contracts';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { badRequest } from '../../../platform/errors.js';
import { industryDivisionName } from '../../enterprises/index.js';
import {
  addProject,
  emptyFigures,
  historyOf,
  PIPELINE,
  PROJECT_TYPE_NAMES,
  reachedIn,
  SIZE_BAND_NAMES,
  sizeBandOf,
  type ProjectHistory,
} from './investment-figures.js';
import * as repo from './investment-stats.repository.js';
import type { FigureProject, FundsRow, ProjectFilter } from './investment-stats.repository.js';

type Range = Pick<InvestmentStatsQuery, 'from' | 'to'> & Omit<Partial<InvestmentStatsQuery>, 'from' | 'to'>;

const isRealDate = (d: string) =>
  !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

function checkRange(q: Range): void {
  if (!isRealDate(q.from) || !isRealDate(q.to) || q.from > q.to)
    throw badRequest('统计区间无效：起止日期须为有效日期且起不晚于止', InvestmentStatsErrorCode.badRange);
}

function filterOf(q: Range): ProjectFilter {
  return {
    ...(q.minInvestmentWan !== undefined ? { minInvestmentFen: q.minInvestmentWan * 1_000_000 } : {}),
    ...(q.industry ? { industry: q.industry } : {}),
    ...(q.projectType ? { projectType: q.projectType } : {}),
    ...(q.subParkId ? { subParkId: q.subParkId } : {}),
    ...(q.manufacturingOnly ? { manufacturingOnly: true } : {}),
  };
}

interface Loaded {
  projects: FigureProject[];
  histories: Map<string, ProjectHistory>;
  funds: Map<string, FundsRow[]>;
}

/** Projects in scope with their history as of `to` and their funds of the range's months. */
async function load(ctx: AppContext, scope: DataScope, q: Range): Promise<Loaded> {
  checkRange(q);
  const filter = filterOf(q);
  const [projects, entries, fundRows] = await Promise.all([
    repo.listProjects(ctx.db, scope, filter),
    repo.listStageEntries(ctx.db, scope, filter, q.to),
    repo.sumFunds(ctx.db, scope, filter, q.from.slice(0, 7), q.to.slice(0, 7)),
  ]);
  const byProject = new Map<string, repo.StageEntry[]>();
  for (const e of entries) byProject.set(e.projectId, [...(byProject.get(e.projectId) ?? []), e]);
  const funds = new Map<string, FundsRow[]>();
  for (const f of fundRows) funds.set(f.projectId, [...(funds.get(f.projectId) ?? []), f]);
  const histories = new Map(projects.map((p) => [p.id, historyOf(p, byProject.get(p.id) ?? [], q.to)]));
  return { projects, histories, funds };
}

function groupKey(
  p: FigureProject,
  by: InvestmentStatsQuery['groupBy'],
): { key: string | null; name: string } {
  switch (by) {
    case 'subPark':
      return { key: p.subParkId, name: p.subParkName ?? '未分园区' };
    case 'industry': {
      const division = p.industryCode?.slice(0, 2) ?? null;
      return { key: division, name: division ? (industryDivisionName(division) ?? division) : '未填行业' };
    }
    case 'projectType':
      return { key: p.projectType, name: PROJECT_TYPE_NAMES[p.projectType] ?? p.projectType };
    default: {
      const band = sizeBandOf(p.plannedInvestmentCnyFen);
      return { key: band, name: SIZE_BAND_NAMES[band] };
    }
  }
}

/** `GET /investment-stats/summary`. */
export async function investmentSummary(
  ctx: AppContext,
  scope: DataScope,
  q: InvestmentStatsQuery,
): Promise<InvestmentStatsSummary> {
  const { projects, histories, funds } = await load(ctx, scope, q);
  const total: InvestmentFigures = emptyFigures();
  const groups = new Map<string, InvestmentStatsGroup>();
  const stageCounts = new Map<string, number>();
  for (const p of projects) {
    const history = histories.get(p.id)!;
    const projectFunds = funds.get(p.id) ?? [];
    addProject(total, p, history, q.from, projectFunds);
    if (history.stageAsOf) stageCounts.set(history.stageAsOf, (stageCounts.get(history.stageAsOf) ?? 0) + 1);
    if (!q.groupBy || q.groupBy === 'none') continue;
    const { key, name } = groupKey(p, q.groupBy);
    const id = key ?? '';
    if (!groups.has(id)) groups.set(id, { key, name, figures: emptyFigures() });
    addProject(groups.get(id)!.figures, p, history, q.from, projectFunds);
  }
  const activities = await repo.countActivities(ctx.db, scope, q.from, q.to);
  return {
    from: q.from,
    to: q.to,
    total,
    groups: [...groups.values()].sort(
      (a, b) => b.figures.signed.count - a.figures.signed.count || (a.key ?? '~').localeCompare(b.key ?? '~'),
    ),
    stages: [...PIPELINE, 'terminated'].map((stage) => ({ stage, count: stageCounts.get(stage) ?? 0 })),
    activities: {
      receptions: activities.get('reception') ?? 0,
      trips: activities.get('trip') ?? 0,
      promotionEvents: activities.get('promotionEvent') ?? 0,
    },
  };
}

/** `GET /investment-stats/projects`: the projects behind one figure, in code order. */
export async function investmentDrillDown(
  ctx: AppContext,
  scope: DataScope,
  q: InvestmentDrillQuery,
): Promise<InvestmentDrillRow[]> {
  const { projects, histories, funds } = await load(ctx, scope, q);
  const rows: InvestmentDrillRow[] = [];
  for (const p of projects) {
    const history = histories.get(p.id)!;
    let reachedOn: string | null = null;
    let fundsCnyFen: number | null = null;
    let fundsUsdCents: number | null = null;
    if (q.metric === 'signed' || q.metric === 'started' || q.metric === 'inProduction') {
      reachedOn = reachedIn(history, q.metric, q.from);
      if (!reachedOn) continue;
    } else if (q.metric === 'negotiating') {
      if (history.stageAsOf !== 'negotiating') continue;
    } else {
      const origin = q.metric === 'fundsOutOfProvince' ? 'outOfProvince' : 'foreign';
      const row = (funds.get(p.id) ?? []).find((f) => f.origin === origin);
      if (!row || (row.cnyFen === 0 && row.usdCents === 0)) continue;
      fundsCnyFen = row.cnyFen;
      fundsUsdCents = origin === 'foreign' ? row.usdCents : null;
    }
    rows.push({
      id: p.id,
      code: p.code,
      name: p.name,
      projectType: p.projectType,
      industryCode: p.industryCode,
      subParkId: p.subParkId,
      subParkName: p.subParkName,
      stage: history.stageAsOf ?? p.stage,
      plannedInvestmentCnyFen: p.plannedInvestmentCnyFen,
      reachedOn,
      fundsCnyFen,
      fundsUsdCents,
    });
  }
  return rows;
}
