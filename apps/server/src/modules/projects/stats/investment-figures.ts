import type { InvestmentFigures, InvestmentSizeBand } from '@kaifaqu/contracts';
import type { FigureProject, FundsRow, StageEntry } from './investment-stats.repository.js';

// Pure rules of the figures, computed from a project's dated stage history.

/** Pipeline stages in order; 终止 (terminated) is not on it. */
export const PIPELINE = [
  'lead',
  'negotiating',
  'signed',
  'landSupplied',
  'started',
  'inProduction',
  'fullProduction',
] as const;

const rank = (stage: string) => PIPELINE.indexOf(stage as (typeof PIPELINE)[number]);

/** What a project's history says as of a day. */
export interface ProjectHistory {
  /** Stage as of the day; null when the project had not entered any stage yet. */
  stageAsOf: string | null;
  /** First day it entered each pipeline stage or a later one (skipping counts as reaching). */
  firstReached: Map<string, string>;
}

/**
 * Reads a project's entries (sorted, all on or before the day). When no entry is recorded the
 * project's current stage stands, from its `stage_since`.
 */
export function historyOf(project: FigureProject, entries: StageEntry[], asOf: string): ProjectHistory {
  const list =
    entries.length > 0
      ? entries
      : project.stageSince <= asOf
        ? [{ projectId: project.id, stage: project.stage, enteredOn: project.stageSince }]
        : [];
  const firstReached = new Map<string, string>();
  for (const entry of list) {
    const r = rank(entry.stage);
    if (r < 0) continue; // 终止 reaches nothing
    for (const stage of PIPELINE.slice(0, r + 1))
      if (!firstReached.has(stage)) firstReached.set(stage, entry.enteredOn);
  }
  return { stageAsOf: list.at(-1)?.stage ?? null, firstReached };
}

/**
 * Reached `stage` within [from, to]: first reached in the range and not 终止 as of `to`.
 * A project signed, returned to 在谈 and signed again counts once, on its first signing.
 */
export function reachedIn(history: ProjectHistory, stage: string, from: string): string | null {
  if (history.stageAsOf === 'terminated') return null;
  const on = history.firstReached.get(stage);
  return on !== undefined && on >= from ? on : null;
}

export function sizeBandOf(plannedCnyFen: number): InvestmentSizeBand {
  const wan = plannedCnyFen / 1_000_000;
  if (wan < 2_000) return 'below20m';
  if (wan < 10_000) return 'from20mTo100m';
  if (wan < 50_000) return 'from100mTo500m';
  if (wan < 100_000) return 'from500mTo1b';
  return 'atLeast1b';
}

export const SIZE_BAND_NAMES: Record<InvestmentSizeBand, string> = {
  below20m: '2000万元以下',
  from20mTo100m: '2000万元至1亿元',
  from100mTo500m: '1亿元至5亿元',
  from500mTo1b: '5亿元至10亿元',
  atLeast1b: '10亿元以上',
};

export const PROJECT_TYPE_NAMES: Record<string, string> = {
  newBuild: '新建',
  expansion: '增资扩建',
  revival: '嫁接盘活',
  headquarters: '总部经济',
  modernServices: '现代服务业',
  other: '其他',
};

export function emptyFigures(): InvestmentFigures {
  const zero = () => ({ count: 0, plannedInvestmentCnyFen: 0 });
  return {
    signed: zero(),
    started: zero(),
    inProduction: zero(),
    negotiating: zero(),
    funds: { inProvinceCnyFen: 0, outOfProvinceCnyFen: 0, foreignCnyFen: 0, foreignUsdCents: 0 },
  };
}

/** Adds one project's part of the figures. */
export function addProject(
  figures: InvestmentFigures,
  project: FigureProject,
  history: ProjectHistory,
  from: string,
  funds: FundsRow[],
): void {
  const add = (count: { count: number; plannedInvestmentCnyFen: number }) => {
    count.count += 1;
    count.plannedInvestmentCnyFen += project.plannedInvestmentCnyFen;
  };
  if (reachedIn(history, 'signed', from)) add(figures.signed);
  if (reachedIn(history, 'started', from)) add(figures.started);
  if (reachedIn(history, 'inProduction', from)) add(figures.inProduction);
  if (history.stageAsOf === 'negotiating') add(figures.negotiating);
  for (const row of funds) {
    if (row.origin === 'inProvince') figures.funds.inProvinceCnyFen += row.cnyFen;
    else if (row.origin === 'outOfProvince') figures.funds.outOfProvinceCnyFen += row.cnyFen;
    else {
      figures.funds.foreignCnyFen += row.cnyFen;
      figures.funds.foreignUsdCents += row.usdCents;
    }
  }
}
