import type { Kysely } from 'kysely';
import type { Database, SecurityPolicyTable } from '../../platform/db/database.js';
import * as repo from '../../platform/auth/auth.repository.js';

/**
 * Account lockout (security.md 3): failures are counted per username — known or not, so a lock
 * reveals nothing about who exists — within a sliding window; reaching the threshold locks the
 * name for the configured duration, during which even the right password fails.
 */
export function lockKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 64);
}

/** The moment the name stays locked until, or null when it is not locked. */
export async function lockedUntil(db: Kysely<Database>, key: string, now: Date): Promise<Date | null> {
  const row = await repo.findThrottle(db, key);
  if (!row?.locked_until) return null;
  const until = new Date(row.locked_until);
  return until > now ? until : null;
}

/** Counts one failure; returns the lock end when this failure locked the name. */
export async function recordFailure(
  db: Kysely<Database>,
  key: string,
  now: Date,
  policy: SecurityPolicyTable,
): Promise<Date | null> {
  const row = await repo.findThrottle(db, key);
  const windowMs = policy.lockout_window_minutes * 60_000;
  const fresh =
    !row ||
    now.getTime() - new Date(row.window_started_at).getTime() >= windowMs ||
    (row.locked_until !== null && new Date(row.locked_until) <= now);
  const failures = fresh ? 1 : row.failures + 1;
  const lock =
    failures >= policy.lockout_threshold
      ? new Date(now.getTime() + policy.lockout_duration_minutes * 60_000)
      : null;
  await repo.saveThrottle(db, {
    username_key: key,
    failures,
    window_started_at: fresh ? now.toISOString() : row.window_started_at,
    locked_until: lock ? lock.toISOString() : null,
  });
  return lock;
}

/** Forgets failures after a successful sign-in. */
export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await repo.clearThrottle(db, key);
}
