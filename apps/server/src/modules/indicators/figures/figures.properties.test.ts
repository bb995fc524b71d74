import { describe, expect, it } from 'vitest';
import { groupFigures, type ComparableRow } from './comparable.js';
import { monthlyFromCumulative } from './cumulative.js';
import { periodOf, type Period } from './periods.js';

/** mulberry32: a tiny seeded generator, so a failing case replays from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (random: () => number, below: number) => Math.floor(random() * below);
const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

describe('monthly values from cumulative (property)', () => {
  it.each(SEEDS)(
    'sum to the December cumulative over a year, whichever months are missing (seed %i)',
    (seed) => {
      const random = mulberry32(seed);
      const series = new Map<Period, bigint>();
      let cumulative = 0n;
      for (let month = 1; month <= 12; month++) {
        // Months may fall (corrections) and values exceed 2^53; only December is always reported.
        cumulative += BigInt(int(random, 2_000_000_000)) * 10_000n - 2_000_000_000n;
        if (month === 12 || random() < 0.7) series.set(periodOf(2025, month), cumulative);
      }
      const figures = monthlyFromCumulative(series);
      expect(figures.reduce((sum, f) => sum + f.monthly, 0n)).toBe(series.get('2025-12'));
      expect(figures.reduce((sum, f) => sum + f.monthsCovered, 0)).toBe(12);
    },
  );
});

describe('groupFigures (property)', () => {
  it.each(SEEDS)('groups add up to the total and shares to 1 (seed %i)', (seed) => {
    const random = mulberry32(seed);
    const rows: (ComparableRow & { group: string })[] = Array.from(
      { length: 1 + int(random, 40) },
      (_, i) => ({
        enterpriseId: `E${i}`,
        current: int(random, 10) === 0 ? 0 : int(random, 1_000_000_000_000),
        previousYearSamePeriod: int(random, 4) === 0 ? 0n : BigInt(int(random, 1_000_000_000_000)),
        group: `G${int(random, 6)}`,
      }),
    );
    const { groups, total } = groupFigures(rows, (r) => r.group);
    expect(groups.reduce((sum, g) => sum + g.current, 0n)).toBe(total.current);
    expect(groups.reduce((sum, g) => sum + g.previousYearSamePeriod, 0n)).toBe(total.previousYearSamePeriod);
    expect(groups.reduce((sum, g) => sum + g.enterprises, 0)).toBe(rows.length);
    if (total.current !== 0n) {
      expect(Math.abs(groups.reduce((sum, g) => sum + (g.share ?? 0), 0) - 1)).toBeLessThan(1e-12);
    } else {
      expect(groups.every((g) => g.share === null)).toBe(true);
    }
  });
});
