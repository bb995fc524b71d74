import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { DepartmentTable, SubParkTable, ZoneTable } from './organisation.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

// Organisation units are the committee's own structure, readable by every staff member with
// org:read; they are not enterprise data, so these reads take no data scope.

/** The zone row (one per deployment). */
export function findZone(db: Db): Promise<ZoneTable | undefined> {
  return db.selectFrom('zone').selectAll().executeTakeFirst();
}

/** Inserts the zone. */
export async function insertZone(db: Db, row: ZoneTable): Promise<void> {
  await db.insertInto('zone').values(row).execute();
}

/** All sub-parks, by code. */
export function listSubParks(db: Db): Promise<SubParkTable[]> {
  return db.selectFrom('sub_parks').selectAll().orderBy('code').execute();
}

/** One sub-park. */
export function findSubPark(db: Db, id: string): Promise<SubParkTable | undefined> {
  return db.selectFrom('sub_parks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a sub-park. */
export async function insertSubPark(db: Db, row: SubParkTable): Promise<void> {
  await db.insertInto('sub_parks').values(row).execute();
}

/** True when a sub-park code is taken. */
export async function subParkCodeExists(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('sub_parks').select('id').where('code', '=', code).executeTakeFirst());
}

/** All departments, by code. */
export function listDepartments(db: Db): Promise<DepartmentTable[]> {
  return db.selectFrom('departments').selectAll().orderBy('code').execute();
}

/** One department. */
export function findDepartment(db: Db, id: string): Promise<DepartmentTable | undefined> {
  return db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a department. */
export async function insertDepartment(db: Db, row: DepartmentTable): Promise<void> {
  await db.insertInto('departments').values(row).execute();
}

/** True when a department code is taken. */
export async function departmentCodeExists(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirst());
}

/** Ids among `ids` that name existing sub-parks. */
export async function existingSubParkIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('sub_parks')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}

/** True when a staff account (not an enterprise's) exists and is active: a department head must be one. */
export async function activeStaffUserExists(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('enterprise_id', 'is', null)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return !!row;
}
