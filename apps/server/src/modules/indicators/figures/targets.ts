import { ratioOf, toExact, type Amount } from './amount.js';
import { monthsElapsed, type Period } from './periods.js';

/** Whether the work is ahead of, behind, or on 序时进度. */
export type ProgressVerdict = 'ahead' | 'behind' | 'onPace';

/** 完成率 = actual-to-date / annual target; null when no positive target was set, since there is nothing to complete. */
export function completionRate(actualToDate: Amount, annualTarget: Amount): number | null {
  const target = toExact(annualTarget);
  if (target <= 0n) return null;
  return ratioOf(toExact(actualToDate), target);
}

/** 序时进度 = months elapsed / 12 (1–5月 → 5/12). */
export function timeElapsedProgress(period: Period): number {
  return monthsElapsed(period) / 12;
}

/** 完成率 minus 序时进度 in percentage points: positive = 超序时进度; null without a completion rate. */
export function progressGap(completionRate: number | null, timeElapsed: number): number | null {
  if (completionRate === null) return null;
  return (completionRate - timeElapsed) * 100;
}

// Float subtraction leaves ~1e-13 points of noise; without this a gap exactly at the tolerance could flip.
const NOISE_POINTS = 1e-9;

/** Ahead, behind or on pace, treating a gap within `tolerancePoints` percentage points as on pace; null without a target. */
export function progressVerdict(
  completionRate: number | null,
  timeElapsed: number,
  tolerancePoints = 0,
): ProgressVerdict | null {
  const gap = progressGap(completionRate, timeElapsed);
  if (gap === null) return null;
  if (gap > tolerancePoints + NOISE_POINTS) return 'ahead';
  if (gap < -tolerancePoints - NOISE_POINTS) return 'behind';
  return 'onPace';
}
