import type { TargetProgress, TargetProgressQuery, TargetStanding } from '@kaifaqu/contracts';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import { figures } from '../indicators/index.js';
import { targetSource } from './target-sources.js';
import * as repo from './targets.repository.js';
import { listSubjects, targetView } from './targets.service.js';

/**
 * Percentage points to one decimal, half away from zero, taken on the 15-significant-digit decimal
 * the float stands for (as the summaries' wording does); never -0.
 */
export function roundPoints(points: number): number {
  const tenths = Math.round(Number((Math.abs(points) * 10).toPrecision(15)));
  return tenths === 0 ? 0 : (Math.sign(points) * tenths) / 10;
}

/** Ahead or behind as the rounded gap reads, so a gap shown as 0.0 is on pace rather than "超0.0". */
export function standingOf(gapPoints: number | null): TargetStanding {
  if (gapPoints === null) return 'unknown';
  return gapPoints > 0 ? 'ahead' : gapPoints < 0 ? 'behind' : 'onPace';
}

/**
 * Each target of the year against 1–`month`月: the actual its source counts within the caller's
 * scope, 完成率, 序时进度 (month / 12) and the gap in percentage points.
 */
export async function targetProgress(
  ctx: AppContext,
  scope: DataScope,
  query: TargetProgressQuery,
): Promise<TargetProgress[]> {
  const rows = await repo.listTargets(ctx.db, query.year);
  const subjects = new Map((await listSubjects(ctx)).map((s) => [`${s.kind}/${s.code}`, s]));
  const elapsed = figures.timeElapsedProgress(figures.periodOf(query.year, query.month));
  const progress: TargetProgress[] = [];
  // One target at a time: SQLite has one connection, and a year holds a few dozen targets at most.
  for (const row of rows) {
    const subject = subjects.get(`${row.subject_kind}/${row.subject_code}`) ?? null;
    const source = targetSource(row.subject_kind);
    const actual =
      subject && source
        ? await source.actualToDate(ctx, scope, row.subject_code, query.year, query.month)
        : null;
    const completionRate = actual === null ? null : figures.completionRate(actual, Number(row.target_value));
    const gap = figures.progressGap(completionRate, elapsed);
    const gapPoints = gap === null ? null : roundPoints(gap);
    progress.push({
      ...targetView(row),
      subject,
      actual,
      completionRate,
      timeElapsedProgress: elapsed,
      gapPoints,
      standing: standingOf(gapPoints),
    });
  }
  return progress;
}
