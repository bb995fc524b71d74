import type { Clock } from './clock.js';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // China has no daylight saving time

/** Today's date (YYYY-MM-DD) in Asia/Shanghai, by the app's clock: the day every deadline is judged on. */
export function shanghaiToday(ctx: { clock: Clock }): string {
  return new Date(ctx.clock.now().getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date moved by whole days (negative moves back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The ids of a stored JSON list column (attachments, participants); anything malformed reads as empty. */
export function idList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
