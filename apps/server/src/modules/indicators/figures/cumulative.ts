import type { IndicatorKind } from '@kaifaqu/contracts';
import { toExact, type Amount } from './amount.js';
import {
  comparePeriods,
  monthsBetween,
  monthsElapsed,
  periodOf,
  previousMonth,
  yearOf,
  type Period,
  type PeriodRange,
} from './periods.js';

/** How an indicator is reported: flow = 1–N月 cumulative (产值, 税收), stock = point in time (用工人数); as IndicatorKind in contracts. */
export type FigureKind = IndicatorKind;

/** One reported month of a flow indicator with the single-month value derived from the cumulative series. */
export interface MonthlyFigure {
  period: Period;
  /** 累计 (1–N月) as reported. */
  cumulative: bigint;
  /** 本月: cumulative minus the previous report of the same year. */
  monthly: bigint;
  /** First month the monthly value covers; earlier than `period` when reports are missing. */
  coveredFrom: Period;
  /** Months the monthly value covers (1 for a true single month). */
  monthsCovered: number;
  /** True when earlier months were not reported, e.g. the first report is 1–2月: the value is not one month's. */
  coversSeveralMonths: boolean;
}

/** Reported periods in chronological order, values made exact. */
function sortedSeries(series: ReadonlyMap<Period, Amount>): [Period, bigint][] {
  return [...series]
    .map(([p, v]): [Period, bigint] => [p, toExact(v)])
    .sort(([a], [b]) => comparePeriods(a, b));
}

/** 本月 values from a flow indicator's cumulative series; each year restarts, so December never reaches into January. */
export function monthlyFromCumulative(series: ReadonlyMap<Period, Amount>): MonthlyFigure[] {
  const figures: MonthlyFigure[] = [];
  let previous: [Period, bigint] | undefined;
  for (const [period, cumulative] of sortedSeries(series)) {
    const base = previous && yearOf(previous[0]) === yearOf(period) ? previous : undefined;
    // Without an earlier report this year the cumulative itself is the value, covering January to this month.
    const monthly = base ? cumulative - base[1] : cumulative;
    const monthsCovered = base ? monthsBetween(base[0], period) : monthsElapsed(period);
    figures.push({
      period,
      cumulative,
      monthly,
      coveredFrom: periodOf(yearOf(period), monthsElapsed(period) - monthsCovered + 1),
      monthsCovered,
      coversSeveralMonths: monthsCovered > 1,
    });
    previous = [period, cumulative];
  }
  return figures;
}

/**
 * The value of a range: for a flow indicator cumulative(to) − cumulative(month before from), within one year;
 * for a stock indicator the latest value reported in the range, since point-in-time values do not add up.
 * Null when a needed report is missing, so a gap is never mistaken for zero.
 */
export function rangeCumulative(
  kind: FigureKind,
  series: ReadonlyMap<Period, Amount>,
  range: PeriodRange,
): bigint | null {
  if (comparePeriods(range.from, range.to) > 0)
    throw new RangeError(`报告期范围颠倒: ${range.from}–${range.to}`);
  if (kind === 'stock') {
    const inRange = sortedSeries(series).filter(([p]) => p >= range.from && p <= range.to);
    const latest = inRange.at(-1);
    return latest ? latest[1] : null;
  }
  // Cumulative reports restart every January, so a flow range across years has no single base to subtract.
  if (yearOf(range.from) !== yearOf(range.to))
    throw new RangeError(`流量指标的范围须在同一年内: ${range.from}–${range.to}`);
  const end = series.get(range.to);
  if (end === undefined) return null;
  if (monthsElapsed(range.from) === 1) return toExact(end);
  const base = series.get(previousMonth(range.from));
  return base === undefined ? null : toExact(end) - toExact(base);
}
