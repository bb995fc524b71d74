/**
 * Per-IP limit on login attempts (security.md 3), a fixed one-minute window per address kept in
 * this process. Behind a load balancer each instance limits on its own, which still bounds
 * guessing to (instances × limit) per minute; the per-account lockout is in the database.
 */
export class LoginRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();
  constructor(private readonly perMinute: number) {}

  /** Counts an attempt; false when the address is over its limit. */
  allow(ip: string, nowMs: number): boolean {
    const window = this.windows.get(ip);
    if (!window || nowMs - window.startedAt >= 60_000) {
      this.windows.set(ip, { startedAt: nowMs, count: 1 });
      if (this.windows.size > 10_000) this.prune(nowMs);
      return true;
    }
    window.count += 1;
    return window.count <= this.perMinute;
  }

  private prune(nowMs: number): void {
    for (const [ip, w] of this.windows) if (nowMs - w.startedAt >= 60_000) this.windows.delete(ip);
  }
}
