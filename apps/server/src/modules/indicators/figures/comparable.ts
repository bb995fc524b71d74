import { ratioOf, sumExact, toExact, type Amount } from './amount.js';

/** One enterprise of the sample: this year's 1–N月 cumulative and the 上年同期 it reported on the same form. */
export interface ComparableRow {
  enterpriseId: string;
  current: Amount;
  previousYearSamePeriod: Amount;
}

/** Sums and 同比 of a set of enterprises on the comparable basis (可比口径). */
export interface ComparableFigure {
  current: bigint;
  previousYearSamePeriod: bigint;
  /** current / previousYearSamePeriod − 1; null (shown "—") when the base is not positive. */
  yoyGrowth: number | null;
  enterprises: number;
}

/** A group's comparable figure with its share of the total current value. */
export interface GroupFigure extends ComparableFigure {
  key: string;
  /** current / total current; null when the total is 0. */
  share: number | null;
}

/** Per-group figures in order of first appearance, and the total over all rows. */
export interface GroupFigures {
  groups: GroupFigure[];
  total: ComparableFigure & { share: number | null };
}

/**
 * 同比 growth = current / previous − 1, null when previous ≤ 0: a zero base has no ratio, and a negative base
 * (last year's loss) flips the sign's meaning — statistics publish 减亏/增亏 there instead of a rate.
 */
export function yoyGrowth(current: Amount, previousYearSamePeriod: Amount): number | null {
  const cur = toExact(current);
  const prev = toExact(previousYearSamePeriod);
  if (prev <= 0n) return null;
  // (cur − prev) / prev rather than cur / prev − 1: the exact difference keeps small rates precise.
  return ratioOf(cur - prev, prev);
}

/** part / total, null when the total is 0. */
export function share(part: Amount, total: Amount): number | null {
  return ratioOf(toExact(part), toExact(total));
}

/** Refuses a sample listing one enterprise twice, which would count it twice on both sides. */
function assertDistinct(rows: readonly ComparableRow[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.enterpriseId)) throw new RangeError(`同一企业在样本中出现两次: ${row.enterpriseId}`);
    seen.add(row.enterpriseId);
  }
}

/** Sums current and previous over the same set of enterprises, so both sides of 同比 have one scope. */
export function comparableFigure(rows: readonly ComparableRow[]): ComparableFigure {
  assertDistinct(rows);
  const current = sumExact(rows.map((r) => r.current));
  const previousYearSamePeriod = sumExact(rows.map((r) => r.previousYearSamePeriod));
  return {
    current,
    previousYearSamePeriod,
    yoyGrowth: yoyGrowth(current, previousYearSamePeriod),
    enterprises: rows.length,
  };
}

/**
 * Σcurrent / Σprevious − 1 over the rows given: an entrant counts with its own reported previous value
 * (possibly 0), an enterprise that left is simply absent from both sides. Null when Σprevious ≤ 0.
 */
export function comparableGrowth(rows: readonly ComparableRow[]): number | null {
  return comparableFigure(rows).yoyGrowth;
}

/** Figures per group (industry, sub-park …) and in total; the groups add up to the total exactly. */
export function groupFigures<Row extends ComparableRow>(
  rows: readonly Row[],
  keyOf: (row: Row) => string,
): GroupFigures {
  const total = comparableFigure(rows);
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const members = byKey.get(key);
    if (members) members.push(row);
    else byKey.set(key, [row]);
  }
  const groups = [...byKey].map(([key, members]): GroupFigure => {
    const figure = comparableFigure(members);
    return { key, ...figure, share: share(figure.current, total.current) };
  });
  return { groups, total: { ...total, share: share(total.current, total.current) } };
}
