import type { Kysely, Transaction } from 'kysely';
import type { Database, RoleTable, UserTable } from '../../platform/db/database.js';
import type { SqlDialect } from '../../platform/db/sql-dialect.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Filters of the account list. */
export interface UserFilter {
  keyword?: string;
  status?: 'active' | 'disabled';
  roleCode?: string;
  offset: number;
  limit: number;
}

// Accounts are the committee's own administration data, read by the system and security
// administrators; enterprise business data never passes through here.

/** A page of accounts and the total matching. */
export async function listUsers(
  db: Db,
  dialect: SqlDialect,
  filter: UserFilter,
): Promise<{ rows: UserTable[]; total: number }> {
  let query = db.selectFrom('users');
  if (filter.keyword) {
    const k = filter.keyword;
    query = query.where((eb) =>
      eb.or([
        dialect.containsInsensitive(eb.ref('users.username'), k),
        dialect.containsInsensitive(eb.ref('users.display_name'), k),
      ]),
    );
  }
  if (filter.status) query = query.where('users.status', '=', filter.status);
  if (filter.roleCode) {
    const code = filter.roleCode;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles')
          .innerJoin('roles', 'roles.id', 'user_roles.role_id')
          .select('user_roles.user_id')
          .whereRef('user_roles.user_id', '=', 'users.id')
          .where('roles.code', '=', code),
      ),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('users')
    .orderBy('users.username')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  return { rows, total: Number(total.n) };
}

/** One account. */
export function findUser(db: Db, id: string): Promise<UserTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** True when a username is taken. */
export async function usernameExists(db: Db, username: string): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst());
}

/** Inserts an account. */
export async function insertUser(db: Db, row: UserTable): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** Role codes per user id, for a set of users. */
export async function roleCodesByUser(db: Db, userIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return map;
  const rows = await db
    .selectFrom('user_roles')
    .innerJoin('roles', 'roles.id', 'user_roles.role_id')
    .select(['user_roles.user_id', 'roles.code'])
    .where('user_roles.user_id', 'in', userIds)
    .orderBy('roles.code')
    .execute();
  for (const r of rows) map.get(r.user_id)?.push(r.code);
  return map;
}

/** Replaces the roles of a user. */
export async function replaceUserRoles(db: Db, userId: string, roleIds: string[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roleIds.length > 0) {
    await db
      .insertInto('user_roles')
      .values(roleIds.map((role_id) => ({ user_id: userId, role_id })))
      .execute();
  }
}

/** Every role, by code. */
export function listRoles(db: Db): Promise<RoleTable[]> {
  return db.selectFrom('roles').selectAll().orderBy('built_in', 'desc').orderBy('code').execute();
}

/** One role. */
export function findRole(db: Db, id: string): Promise<RoleTable | undefined> {
  return db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Roles by code. */
export function findRolesByCode(db: Db, codes: readonly string[]): Promise<RoleTable[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('roles')
    .selectAll()
    .where('code', 'in', [...codes])
    .execute();
}

/** Inserts a role. */
export async function insertRole(db: Db, row: RoleTable): Promise<void> {
  await db.insertInto('roles').values(row).execute();
}

/** Ids of the users holding a role. */
export async function usersWithRole(db: Db, roleId: string): Promise<string[]> {
  const rows = await db.selectFrom('user_roles').select('user_id').where('role_id', '=', roleId).execute();
  return rows.map((r) => r.user_id);
}

/** Every active staff account (not an enterprise's), by name: whom work can be assigned to. */
export function listStaff(
  db: Db,
): Promise<{ id: string; display_name: string; department_id: string | null }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'department_id'])
    .where('status', '=', 'active')
    .where('scope_kind', '!=', 'enterprise')
    .orderBy('display_name')
    .orderBy('id')
    .limit(2000)
    .execute();
}
