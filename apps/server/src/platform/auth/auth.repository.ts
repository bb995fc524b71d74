import type { Kysely, Transaction } from 'kysely';
import type { Database, SecurityPolicyTable, SessionTable, UserTable } from '../db/database.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A user's roles as the session needs them. */
export interface RoleGrant {
  code: string;
  name: string;
  adminDuty: 'system' | 'security' | 'audit' | null;
  permissions: string[];
}

/** Finds an account by its username (case-insensitive: usernames are stored lower-case). */
export function findUserByUsername(db: Db, username: string): Promise<UserTable | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
}

/** Finds an account by id. This is identity lookup for the session, not a business read. */
export function findUserById(db: Db, id: string): Promise<UserTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The roles granted to a user. */
export async function rolesOfUser(db: Db, userId: string): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('roles', 'roles.id', 'user_roles.role_id')
    .select(['roles.code', 'roles.name', 'roles.admin_duty', 'roles.permissions'])
    .where('user_roles.user_id', '=', userId)
    .orderBy('roles.code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    adminDuty: r.admin_duty,
    permissions: JSON.parse(r.permissions) as string[],
  }));
}

/** The security policy row. */
export function readPolicy(db: Db): Promise<SecurityPolicyTable> {
  return db.selectFrom('security_policy').selectAll().where('id', '=', 'default').executeTakeFirstOrThrow();
}

/** Stores a new session. */
export async function insertSession(db: Db, session: SessionTable): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** Reads a session by its id (the hash of its token). */
export function findSession(db: Db, id: string): Promise<SessionTable | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks a session as used now. */
export async function touchSession(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** Clears or changes a session's restriction. */
export async function setSessionRestriction(
  db: Db,
  id: string,
  restriction: SessionTable['restriction'],
): Promise<void> {
  await db.updateTable('sessions').set({ restriction }).where('id', '=', id).execute();
}

/** Deletes one session. */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user (logout everywhere, password or role change, disabling). */
export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Deletes sessions whose absolute or idle limit has passed. */
export async function deleteExpiredSessions(db: Db, now: string, idleCutoff: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The login-failure counter for a username key. */
export function findThrottle(db: Db, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('username_key', '=', key).executeTakeFirst();
}

/** Writes the login-failure counter. */
export async function saveThrottle(
  db: Db,
  row: { username_key: string; failures: number; window_started_at: string; locked_until: string | null },
): Promise<void> {
  await db
    .insertInto('login_throttle')
    .values(row)
    .onConflict((oc) =>
      oc.column('username_key').doUpdateSet({
        failures: row.failures,
        window_started_at: row.window_started_at,
        locked_until: row.locked_until,
      }),
    )
    .execute();
}

/** Clears the login-failure counter after a successful login. */
export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username_key', '=', key).execute();
}

/** Records a successful sign-in. */
export async function markLogin(db: Db, userId: string, at: string): Promise<void> {
  await db.updateTable('users').set({ last_login_at: at }).where('id', '=', userId).execute();
}

/** Disables accounts unused since `cutoff` (never signed in: counted from creation). Returns their ids. */
export async function disableInactiveUsers(db: Db, cutoff: string, at: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('last_login_at', '<', cutoff),
        eb.and([eb('last_login_at', 'is', null), eb('created_at', '<', cutoff)]),
      ]),
    )
    .execute();
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) {
    await db
      .updateTable('users')
      .set((eb) => ({ status: 'disabled', version: eb('version', '+', 1), updated_at: at }))
      .where('id', 'in', ids)
      .execute();
    await db.deleteFrom('sessions').where('user_id', 'in', ids).execute();
  }
  return ids;
}

/** The most recent password hashes of a user, newest first. */
export async function recentPasswordHashes(db: Db, userId: string, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const rows = await db
    .selectFrom('password_history')
    .select('password_hash')
    .where('user_id', '=', userId)
    .orderBy('changed_at', 'desc')
    .limit(count)
    .execute();
  return rows.map((r) => r.password_hash);
}

/** Stores a new password, keeping the old one in the history. */
export async function storePassword(
  db: Db,
  user: { id: string; password_hash: string },
  newHash: string,
  at: string,
  mustChange: boolean,
): Promise<void> {
  await db
    .insertInto('password_history')
    .values({ user_id: user.id, password_hash: user.password_hash, changed_at: at })
    .execute();
  await db
    .updateTable('users')
    .set((eb) => ({
      password_hash: newHash,
      password_changed_at: at,
      must_change_password: mustChange ? 1 : 0,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', user.id)
    .execute();
}

/** Sets or clears TOTP secrets. */
export async function updateTotp(
  db: Db,
  userId: string,
  values: { totp_secret?: string | null; totp_pending_secret?: string | null },
  at: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...values, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

/** Active committee staff (not enterprise accounts, not administrators) by name, for pickers. */
export function listActiveStaff(
  db: Db,
): Promise<{ id: string; display_name: string; department_id: string | null }[]> {
  return db
    .selectFrom('users')
    .select(['users.id', 'users.display_name', 'users.department_id'])
    .where('users.status', '=', 'active')
    .where('users.scope_kind', '!=', 'enterprise')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('user_roles')
            .innerJoin('roles', 'roles.id', 'user_roles.role_id')
            .select('user_roles.user_id')
            .whereRef('user_roles.user_id', '=', 'users.id')
            .where('roles.admin_duty', 'is not', null),
        ),
      ),
    )
    .orderBy('users.display_name')
    .limit(1000)
    .execute();
}
