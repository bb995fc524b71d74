import { addDays } from '../../platform/dates.js';

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The last day of a validity of `years` starting on `from` (2026-03-01 + 5 → 2031-02-28). */
export function validityEnd(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d));
  // 29 Feb + n years lands on 1 Mar when that year has no 29 Feb: the day before stays 28 Feb.
  if (end.getUTCMonth() !== m - 1) end.setUTCDate(1);
  return addDays(end.toISOString().slice(0, 10), -1);
}

/** A decimal measured value as stored: an integer × 1000. */
export function toMilli(value: number): number {
  return Math.round(value * 1000);
}

/** A stored integer × 1000 as a decimal. */
export function fromMilli(value: number): number {
  return Number(value) / 1000;
}
