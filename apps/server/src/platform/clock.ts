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

/**
 * The wall clock plus an adjustable offset: browser journeys (KFQ_E2E_CLOCK) move it forward to
 * see deadlines pass, and back when done. Never used in production (config refuses the flag there).
 */
export class OffsetClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock = systemClock) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
  advanceDays(days: number): void {
    this.offsetMs += days * 86_400_000;
  }
}
