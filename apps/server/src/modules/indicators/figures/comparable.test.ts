import { describe, expect, it } from 'vitest';
import {
  comparableFigure,
  comparableGrowth,
  groupFigures,
  share,
  yoyGrowth,
  type ComparableRow,
} from './comparable.js';

// 营业收入 1–5月 in 分, sample of 规上 enterprises this year:
//   A  current 1 100 000 00, previousYearSamePeriod 1 000 000 00 (in the sample both years)
//   C  current   300 000 00, previousYearSamePeriod          0   (entered this year; reported 0 on the form)
//   B  left the sample: not in rows, although last year's published total counted its 500 000 00.
// Comparable: Σcurrent = 1 400 000 00, Σprevious = 1 000 000 00 → 400/1000 = +40%.
// Back-calculating from last year's published total (1 000 000 00 + 500 000 00) would give 1400/1500 − 1 = −6.7%: wrong.
const A = { enterpriseId: 'A', current: 110_000_000, previousYearSamePeriod: 100_000_000 };
const C = { enterpriseId: 'C', current: 30_000_000n, previousYearSamePeriod: 0 };

describe('comparableGrowth', () => {
  it('compares the same set of enterprises, an entrant with its own reported previous value', () => {
    expect(comparableGrowth([A, C])).toBe(0.4);
    expect(comparableFigure([A, C])).toEqual({
      current: 140_000_000n,
      previousYearSamePeriod: 100_000_000n,
      yoyGrowth: 0.4,
      enterprises: 2,
    });
  });

  it('counts an entrant that reported a non-zero previous value on both sides', () => {
    // D entered with 上年同期 20 000 000 (it existed below scale): (110+30+25)/(100+0+20) − 1 = 165/120 − 1 = 0.375.
    const D = { enterpriseId: 'D', current: 25_000_000, previousYearSamePeriod: 20_000_000 };
    expect(comparableGrowth([A, C, D])).toBe(0.375);
  });

  it('answers null (shown "—") on a zero base, never Infinity', () => {
    expect(comparableGrowth([C])).toBeNull();
    expect(comparableGrowth([])).toBeNull();
  });

  it('refuses an enterprise listed twice', () => {
    expect(() => comparableGrowth([A, A])).toThrow(RangeError);
  });
});

describe('yoyGrowth', () => {
  it('is current / previous − 1, negative when the figure fell', () => {
    // 958 / 1000 − 1 = −0.042.
    expect(yoyGrowth(958, 1000)).toBe(-0.042);
    expect(yoyGrowth(1000n, 1000n)).toBe(0);
  });

  it('answers null on a zero or negative base (a loss last year has no growth rate)', () => {
    expect(yoyGrowth(500, 0)).toBeNull();
    expect(yoyGrowth(-50, -100)).toBeNull();
  });

  it('keeps a tiny rate precise on large bigints', () => {
    // (10^15 + 1) / 10^15 − 1 = 1e-15 exactly, which cur/prev − 1 would round to 1.11e-15.
    expect(yoyGrowth(1_000_000_000_000_001n, 1_000_000_000_000_000n)).toBe(1e-15);
  });
});

describe('share', () => {
  it('is part / total, null when the total is 0', () => {
    expect(share(25, 100)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});

describe('groupFigures', () => {
  // Groups by industry: C39 = {A, C}, C26 = {D}.
  //   C39: current 110 000 000 + 30 000 000 = 140 000 000, previous 100 000 000 → +40%, share 140/165
  //   C26: current 25 000 000, previous 20 000 000 → +25%, share 25/165
  //   total: 165 000 000 / 120 000 000 − 1 = 0.375
  const rows: (ComparableRow & { industryCode: string })[] = [
    { ...A, industryCode: 'C39' },
    { enterpriseId: 'D', current: 25_000_000, previousYearSamePeriod: 20_000_000, industryCode: 'C26' },
    { ...C, industryCode: 'C39' },
  ];

  it('gives each group and the total, groups in order of first appearance', () => {
    const figures = groupFigures(rows, (r) => r.industryCode);
    expect(figures.groups).toEqual([
      {
        key: 'C39',
        current: 140_000_000n,
        previousYearSamePeriod: 100_000_000n,
        yoyGrowth: 0.4,
        enterprises: 2,
        share: 140 / 165,
      },
      {
        key: 'C26',
        current: 25_000_000n,
        previousYearSamePeriod: 20_000_000n,
        yoyGrowth: 0.25,
        enterprises: 1,
        share: 25 / 165,
      },
    ]);
    expect(figures.total).toEqual({
      current: 165_000_000n,
      previousYearSamePeriod: 120_000_000n,
      yoyGrowth: 0.375,
      enterprises: 3,
      share: 1,
    });
  });

  it('gives null shares when the total is 0', () => {
    const figures = groupFigures(
      [{ enterpriseId: 'Z', current: 0, previousYearSamePeriod: 10 }],
      () => 'all',
    );
    expect(figures.groups[0]?.share).toBeNull();
    expect(figures.groups[0]?.yoyGrowth).toBe(-1);
    expect(figures.total.share).toBeNull();
  });
});
