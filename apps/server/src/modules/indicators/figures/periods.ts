import { badRequest } from '../../../platform/errors.js';

type MonthDigits = '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12';

/** A reporting month, 'YYYY-MM'; literals are checked by the compiler, strings from outside go through parsePeriod. */
export type Period = `${number}-${MonthDigits}`;

/** An inclusive range of months (a quarter, a half, a year, 1–N月). */
export interface PeriodRange {
  from: Period;
  to: Period;
}

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether a string is a valid 'YYYY-MM' period. */
export function isPeriod(text: string): text is Period {
  return PERIOD_PATTERN.test(text);
}

/** Validates a period from a request or an import; a bad one is a 400 the person can fix. */
export function parsePeriod(text: string): Period {
  if (!isPeriod(text)) throw badRequest(`报告期"${text}"格式不正确,应为 YYYY-MM,如 2025-05`);
  return text;
}

/** The period of a year and a month (1–12). */
export function periodOf(year: number, month: number): Period {
  if (
    !Number.isInteger(year) ||
    year < 1000 ||
    year > 9999 ||
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12
  ) {
    throw new RangeError(`无效的报告期: ${year}年${month}月`);
  }
  return `${year}-${String(month).padStart(2, '0') as MonthDigits}`;
}

/** The year of a period. */
export function yearOf(period: Period): number {
  return Number(period.slice(0, 4));
}

/** The month (1–12) of a period; also the number of months elapsed in its year. */
export function monthsElapsed(period: Period): number {
  return Number(period.slice(5, 7));
}

/** Orders periods; the fixed-width 'YYYY-MM' form makes string order chronological. */
export function comparePeriods(a: Period, b: Period): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Months from one period to another (positive when `to` is later). */
export function monthsBetween(from: Period, to: Period): number {
  return (yearOf(to) - yearOf(from)) * 12 + monthsElapsed(to) - monthsElapsed(from);
}

/** The period `count` months after (negative: before) a period. */
export function addMonths(period: Period, count: number): Period {
  const index = yearOf(period) * 12 + monthsElapsed(period) - 1 + count;
  return periodOf(Math.floor(index / 12), (index % 12) + 1);
}

/** The month before (December of last year for January). */
export function previousMonth(period: Period): Period {
  return addMonths(period, -1);
}

/** The month after. */
export function nextMonth(period: Period): Period {
  return addMonths(period, 1);
}

/** The same month of the previous year, the 上年同期 of a monthly report. */
export function sameMonthLastYear(period: Period): Period {
  return addMonths(period, -12);
}

/** Every month from `from` to `to`, both included; a reversed range is the caller's input error. */
export function monthsOfRange(from: Period, to: Period): Period[] {
  if (from > to) throw badRequest(`起始报告期 ${from} 晚于截止报告期 ${to}`);
  const months: Period[] = [];
  for (let p = from; p <= to; p = nextMonth(p)) months.push(p);
  return months;
}

/** 1–N月 of a period's year: the range a cumulative report covers. */
export function yearToDate(period: Period): PeriodRange {
  return { from: periodOf(yearOf(period), 1), to: period };
}

/** A quarter (1–4) as a range of months. */
export function quarterRange(year: number, quarter: 1 | 2 | 3 | 4): PeriodRange {
  return { from: periodOf(year, quarter * 3 - 2), to: periodOf(year, quarter * 3) };
}

/** A half-year (1 = 上半年, 2 = 下半年) as a range of months. */
export function halfRange(year: number, half: 1 | 2): PeriodRange {
  return { from: periodOf(year, half * 6 - 5), to: periodOf(year, half * 6) };
}

/** A calendar year as a range of months. */
export function yearRange(year: number): PeriodRange {
  return { from: periodOf(year, 1), to: periodOf(year, 12) };
}
