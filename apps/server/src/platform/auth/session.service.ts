import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { AuthContext } from './auth-context.js';
import { scopeOfUser } from './data-scope.js';
import * as repo from './auth.repository.js';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'kfq_session';

// Touching last_seen_at on every request would turn each read into a write; a minute of slack
// on a 30-minute idle timeout is the usual trade.
const TOUCH_AFTER_MS = 60_000;

/** Session ids are the SHA-256 of the cookie token, so a leaked table does not leak sessions. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session for a user and returns its cookie token (256 random bits). */
export async function startSession(
  db: Kysely<Database>,
  input: { userId: string; ip: string; userAgent: string; restriction: AuthContext['restriction'] },
  now: Date,
  absoluteHours: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await repo.insertSession(db, {
    id: sessionIdOf(token),
    user_id: input.userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + absoluteHours * 3_600_000).toISOString(),
    ip: input.ip.slice(0, 64),
    user_agent: input.userAgent.slice(0, 300),
    restriction: input.restriction,
  });
  return token;
}

/**
 * Resolves a cookie token to the caller, or null when the session is unknown, past its idle or
 * absolute limit, or its user is disabled. Roles and permissions are read fresh on each request,
 * so a role change takes effect at the next request.
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<AuthContext | null> {
  const id = sessionIdOf(token);
  const session = await repo.findSession(db, id);
  if (!session) return null;
  const policy = await repo.readPolicy(db);
  const idleLimit = new Date(session.last_seen_at).getTime() + policy.session_idle_minutes * 60_000;
  if (now.toISOString() >= session.expires_at || now.getTime() >= idleLimit) {
    await repo.deleteSession(db, id);
    return null;
  }
  const user = await repo.findUserById(db, session.user_id);
  if (!user || user.status !== 'active') {
    await repo.deleteSession(db, id);
    return null;
  }
  if (now.getTime() - new Date(session.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await repo.touchSession(db, id, now.toISOString());
  }
  const roles = await repo.rolesOfUser(db, user.id);
  return {
    sessionId: id,
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    departmentId: user.department_id,
    enterpriseId: user.scope_kind === 'enterprise' ? user.enterprise_id : null,
    roles,
    permissions: new Set(roles.flatMap((r) => r.permissions)),
    scope: scopeOfUser(user.id, user),
    restriction: session.restriction,
    totpEnabled: user.totp_secret !== null,
    passwordChangedAt: user.password_changed_at,
  };
}
