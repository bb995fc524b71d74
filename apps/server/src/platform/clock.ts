/** The source of "now". Production uses the system clock; tests move a manual one. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance (lockout windows, session timeouts, overdue jobs). */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-01-15T02:00:00.000Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }
  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }
}
