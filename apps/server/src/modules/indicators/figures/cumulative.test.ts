import { describe, expect, it } from 'vitest';
import { monthlyFromCumulative, rangeCumulative } from './cumulative.js';
import type { Period } from './periods.js';

// 工业总产值 of one enterprise, 1–N月 cumulative in 万元 (scale irrelevant here):
//   2024-12 (1–12月) 5000 — the only 2024 report held
//   2025-02 (1–2月)   300 — January not reported separately
//   2025-03 (1–3月)   480 → March 480 − 300 = 180
//   2025-04 (1–4月)   650 → April 650 − 480 = 170
//   2025-06 (1–6月)  1000 → May was not reported: 1000 − 650 = 350 covers May–June
const series = new Map<Period, number | bigint>([
  ['2025-04', 650],
  ['2025-02', 300],
  ['2024-12', 5000n],
  ['2025-06', 1000],
  ['2025-03', 480n],
]);

describe('monthlyFromCumulative', () => {
  it('differences within a year and flags values that cover several months', () => {
    expect(monthlyFromCumulative(series)).toEqual([
      // No earlier 2024 report: the cumulative stands for January–December, not for December.
      {
        period: '2024-12',
        cumulative: 5000n,
        monthly: 5000n,
        coveredFrom: '2024-01',
        monthsCovered: 12,
        coversSeveralMonths: true,
      },
      // A new year restarts: 2025-02 is not differenced against 2024-12.
      {
        period: '2025-02',
        cumulative: 300n,
        monthly: 300n,
        coveredFrom: '2025-01',
        monthsCovered: 2,
        coversSeveralMonths: true,
      },
      {
        period: '2025-03',
        cumulative: 480n,
        monthly: 180n,
        coveredFrom: '2025-03',
        monthsCovered: 1,
        coversSeveralMonths: false,
      },
      {
        period: '2025-04',
        cumulative: 650n,
        monthly: 170n,
        coveredFrom: '2025-04',
        monthsCovered: 1,
        coversSeveralMonths: false,
      },
      {
        period: '2025-06',
        cumulative: 1000n,
        monthly: 350n,
        coveredFrom: '2025-05',
        monthsCovered: 2,
        coversSeveralMonths: true,
      },
    ]);
  });

  it("takes January's cumulative as its single month", () => {
    // 1月 120, 1–2月 300 → January 120, February 180.
    const figures = monthlyFromCumulative(
      new Map<Period, number>([
        ['2025-01', 120],
        ['2025-02', 300],
      ]),
    );
    expect(figures.map((f) => [f.monthly, f.monthsCovered])).toEqual([
      [120n, 1],
      [180n, 1],
    ]);
  });

  it('keeps a negative month (a correction or a loss) as it is', () => {
    // 利润总额 1–3月 80, 1–4月 50 → April −30.
    const figures = monthlyFromCumulative(
      new Map<Period, number>([
        ['2025-03', 80],
        ['2025-04', 50],
      ]),
    );
    expect(figures[1]?.monthly).toBe(-30n);
  });

  it('refuses a fractional value rather than summing floats', () => {
    expect(() => monthlyFromCumulative(new Map<Period, number>([['2025-01', 1.5]]))).toThrow(RangeError);
  });
});

describe('rangeCumulative', () => {
  it('gives a flow quarter as the difference of cumulatives', () => {
    // Q1 = 1–3月 = 480; Q2 = 1–6月 − 1–3月 = 1000 − 480 = 520.
    expect(rangeCumulative('flow', series, { from: '2025-01', to: '2025-03' })).toBe(480n);
    expect(rangeCumulative('flow', series, { from: '2025-04', to: '2025-06' })).toBe(520n);
  });

  it('answers null when a needed report is missing, never 0', () => {
    expect(rangeCumulative('flow', series, { from: '2025-04', to: '2025-05' })).toBeNull(); // 1–5月 missing
    expect(rangeCumulative('flow', series, { from: '2025-02', to: '2025-03' })).toBeNull(); // 1月 missing
  });

  it('refuses a flow range across years', () => {
    expect(() => rangeCumulative('flow', series, { from: '2024-12', to: '2025-02' })).toThrow(RangeError);
  });

  it('takes the latest value of a stock indicator instead of adding months', () => {
    // 用工人数 Jan 120, Feb 125, Mar 118: Q1 is 118 people, not 363.
    const employees = new Map<Period, number>([
      ['2025-01', 120],
      ['2025-02', 125],
      ['2025-03', 118],
      ['2025-04', 130],
    ]);
    expect(rangeCumulative('stock', employees, { from: '2025-01', to: '2025-03' })).toBe(118n);
    expect(rangeCumulative('stock', employees, { from: '2024-11', to: '2025-01' })).toBe(120n);
    expect(rangeCumulative('stock', employees, { from: '2025-05', to: '2025-06' })).toBeNull();
  });
});
