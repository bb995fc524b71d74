import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { AuthContext } from '../auth/auth-context.js';
import type { Database, TodoTable } from '../db/database.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Raises a to-do unless one with the same dedupe key exists. Returns true when it was new. */
export async function raiseTodo(db: Db, row: TodoTable): Promise<boolean> {
  const inserted = await db
    .insertInto('todos')
    .values(row)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/**
 * Open to-dos addressed to the caller: to them by name, to their department, or — for an
 * enterprise account — to their enterprise. Nothing else is reachable.
 */
export function openTodosOf(db: Db, auth: AuthContext, limit: number): Promise<TodoTable[]> {
  const byEnterprise =
    auth.scope.kind === 'enterprise'
      ? sql<SqlBool>`(todos.user_id is null and todos.department_id is null and todos.enterprise_id = ${auth.scope.enterpriseId})`
      : sql<SqlBool>`1 = 0`;
  const byDepartment =
    auth.departmentId && auth.scope.kind !== 'enterprise'
      ? sql<SqlBool>`(todos.user_id is null and todos.department_id = ${auth.departmentId})`
      : sql<SqlBool>`1 = 0`;
  return db
    .selectFrom('todos')
    .selectAll()
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('todos.user_id', '=', auth.userId), byDepartment, byEnterprise]))
    .orderBy('due_on')
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/** Closes open to-dos of a kind about an object (the matter was dealt with). */
export async function closeTodos(db: Db, kind: string, objectId: string, at: string): Promise<void> {
  await db
    .updateTable('todos')
    .set({ status: 'done', closed_at: at })
    .where('kind', '=', kind)
    .where('object_id', '=', objectId)
    .where('status', '=', 'open')
    .execute();
}

/** Closes open to-dos of a kind about any of these objects, 500 ids per statement. */
export async function closeTodosOf(
  db: Db,
  kind: string,
  objectIds: readonly string[],
  at: string,
): Promise<void> {
  for (let i = 0; i < objectIds.length; i += 500) {
    await db
      .updateTable('todos')
      .set({ status: 'done', closed_at: at })
      .where('kind', '=', kind)
      .where('object_id', 'in', objectIds.slice(i, i + 500))
      .where('status', '=', 'open')
      .execute();
  }
}
