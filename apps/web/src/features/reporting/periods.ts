import dayjs, { type Dayjs } from 'dayjs';
import { formatDate } from '../../shared/format';

/** Today in Asia/Shanghai as a dayjs date (the zone's calendar, whatever the browser's time zone). */
export function todayInZone(): Dayjs {
  return dayjs(formatDate(new Date()));
}

/** The month before this one, `YYYY-MM`: the period enterprises report in the current month. */
export function lastPeriod(): string {
  return todayInZone().subtract(1, 'month').format('YYYY-MM');
}

/** The usual deadline of a period: the 25th of the month after it. */
export function defaultDeadline(period: string): string {
  return dayjs(`${period}-01`).add(1, 'month').date(25).format('YYYY-MM-DD');
}

/** The years offered by the task list: this year and the four before it. */
export function recentYears(): number[] {
  const year = todayInZone().year();
  return [0, 1, 2, 3, 4].map((back) => year - back);
}
