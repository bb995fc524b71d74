import { SafetyStatsErrorCode, type SafetyStatsQuery } from '@kaifaqu/contracts';
import { badRequest } from '../../../platform/errors.js';

/** Longest period one query may cover, in days (ten years). */
const MAX_DAYS = 3_660;

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1-based). */
function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** True when `text` is a real calendar date written YYYY-MM-DD. */
function isRealDate(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The dates of a period written `2026`, `2026Q1` or `2026-03`. */
export function periodRange(period: string): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  if (period.length === 4) return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (period[4] === 'Q') {
    const q = Number(period[5]);
    return { from: `${year}-${pad(q * 3 - 2)}-01`, to: lastDay(year, q * 3) };
  }
  const month = Number(period.slice(5, 7));
  return { from: `${year}-${pad(month)}-01`, to: lastDay(year, month) };
}

/** The quarter containing a date, as `2026Q1`. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The inclusive dates a query asks about: `from`/`to` when given, else `period`, else the quarter
 * of today; and the day overdue is judged on — the period's end, today while it is running, and
 * its first day while it lies ahead.
 */
export function resolveWindow(
  query: Pick<SafetyStatsQuery, 'period' | 'from' | 'to'>,
  today: string,
): { from: string; to: string; asOf: string } {
  let from: string;
  let to: string;
  if (query.from || query.to) {
    if (!query.from || !query.to || query.period)
      throw badRequest('请同时给出起止日期,或只给出期间', SafetyStatsErrorCode.badPeriod);
    from = query.from;
    to = query.to;
  } else {
    ({ from, to } = periodRange(query.period ?? quarterOf(today)));
  }
  if (!isRealDate(from) || !isRealDate(to)) throw badRequest('日期无效', SafetyStatsErrorCode.badPeriod);
  if (from > to) throw badRequest('开始日期晚于结束日期', SafetyStatsErrorCode.badPeriod);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days > MAX_DAYS) throw badRequest('一次最多统计十年', SafetyStatsErrorCode.badPeriod);
  const asOf = today < from ? from : today < to ? today : to;
  return { from, to, asOf };
}
