import { DemoRandom } from '../src/demo/demo-random.js';

// The figures of the bench's enterprises: a deterministic model of monthly values that passes the
// report checks (cumulative never falls, 增加值 ≤ 总产值, year-on-year change well inside ±50%,
// each month within a factor of two of the year's average month).

/** The eight indicators the bench reports for 60 months and asks the summary for. */
export const BENCH_CODES = [
  'grossOutput',
  'valueAdded',
  'revenue',
  'profit',
  'tax',
  'exportDelivery',
  'fixedAssetInvestment',
  'electricity',
] as const;

/** Enterprises in the data set. */
export const ENTERPRISES = 5_000;
/** First approved month; with 60 months the last approved one is 2026-05. */
export const FIRST_PERIOD = '2021-06';
/** Approved months per enterprise. */
export const MONTHS = 60;
/** The month left open (a task with every report notStarted) for the import measurement. */
export const OPEN_PERIOD = '2026-06';

const MODEL_START_YEAR = 2020; // one year before the first period, for its 上年同期
const MODEL_MONTHS = 78; // 2020-01 … 2026-06
const SEASON = [0.8, 0.7, 1.0, 1.0, 1.02, 1.05, 0.98, 0.97, 1.03, 1.05, 1.1, 1.3]; // sums to 12

/** `YYYY-MM` of a month index counted from 2020-01. */
export function periodAt(index: number): string {
  const year = MODEL_START_YEAR + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month index (from 2020-01) of a `YYYY-MM` period. */
export function indexOf(period: string): number {
  return (Number(period.slice(0, 4)) - MODEL_START_YEAR) * 12 + Number(period.slice(5, 7)) - 1;
}

/** Scale of each indicator as the catalogue stores it (万元 6, 万千瓦时 2, 吨标准煤 2, 人 0). */
export type Scales = Record<string, number>;

/** Cumulative values (stored integers) of every enterprise, indicator and month. */
export interface FigureModel {
  /** Cumulative value of the year to `monthIndex`, value × 10^scale. */
  cumulative(enterprise: number, code: (typeof BENCH_CODES)[number], monthIndex: number): number;
  /** The form's other indicators for the open month: [cumulative, previous year], stored integers. */
  extras(enterprise: number): Record<string, [number, number]>;
}

/** Builds the model for all enterprises from one seed. */
export function figureModel(seed: number, scales: Scales): FigureModel {
  const random = new DemoRandom(seed);
  const between = (min: number, max: number) => min + (max - min) * random.next();
  const nCodes = BENCH_CODES.length;
  const values = new Float64Array(ENTERPRISES * nCodes * MODEL_MONTHS);
  const extras: Record<string, [number, number]>[] = [];
  // Values are rounded to hundredths of the display unit, as an enterprise would type them.
  const stored = (display: number, scale: number) =>
    scale >= 2 ? Math.round(display * 100) * 10 ** (scale - 2) : Math.round(display * 10 ** scale);

  for (let e = 0; e < ENTERPRISES; e++) {
    const size = Math.exp(Math.log(1_000) + random.next() * Math.log(40)); // 万元 of output a year
    const ratio: Record<(typeof BENCH_CODES)[number], number> = {
      grossOutput: 1,
      valueAdded: between(0.22, 0.35),
      revenue: between(0.9, 1.1),
      profit: between(0.03, 0.1),
      tax: between(0.02, 0.05),
      exportDelivery: between(0.05, 0.4),
      fixedAssetInvestment: between(0.02, 0.08),
      electricity: between(0.02, 0.1), // 万千瓦时 per 万元
    };
    const level = [1];
    for (let y = 1; y < 7; y++) level.push(level[y - 1]! * between(0.95, 1.15));
    const running = new Array<number>(nCodes).fill(0);
    for (let k = 0; k < MODEL_MONTHS; k++) {
      const month = k % 12;
      if (month === 0) running.fill(0);
      const common = ((size * level[Math.floor(k / 12)]! * SEASON[month]!) / 12) * between(0.9, 1.1);
      BENCH_CODES.forEach((code, i) => {
        const noise = code === 'grossOutput' ? 1 : between(0.95, 1.05);
        running[i]! += stored(common * ratio[code] * noise, scales[code]!);
        values[(e * nCodes + i) * MODEL_MONTHS + k] = running[i]!;
      });
    }
    const output = values[e * nCodes * MODEL_MONTHS + MODEL_MONTHS - 1]! / 10 ** scales.grossOutput!;
    const pair = (code: string, display: number): [number, number] => {
      const scale = scales[code]!;
      return [stored(display, scale), stored(display / between(0.9, 1.2), scale)];
    };
    extras.push({
      techRenovationInvestment: pair('techRenovationInvestment', output * between(0.01, 0.03)),
      rdExpenditure: pair('rdExpenditure', output * between(0.02, 0.04)),
      energyConsumption: pair('energyConsumption', output * between(0.1, 0.5)),
      employees: pair('employees', Math.round(between(50, 2_000))),
    });
  }
  return {
    cumulative: (e, code, k) => values[(e * nCodes + BENCH_CODES.indexOf(code)) * MODEL_MONTHS + k]!,
    extras: (e) => extras[e]!,
  };
}
