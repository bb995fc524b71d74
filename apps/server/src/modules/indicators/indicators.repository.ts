import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { IndicatorTable } from './indicators.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

// The catalogue is the zone's shared definition of what is measured, not enterprise data: it is
// read without a data scope. The figures reported against it are scoped.

/** The catalogue in display order. */
export function listIndicators(db: Db): Promise<IndicatorTable[]> {
  return db.selectFrom('indicators').selectAll().orderBy('sort_order').orderBy('code').execute();
}

/** One indicator. */
export function findIndicator(db: Db, id: string): Promise<IndicatorTable | undefined> {
  return db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
}

/** True when a code is taken. */
export async function indicatorCodeExists(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('indicators').select('id').where('code', '=', code).executeTakeFirst());
}

/** Inserts an indicator. */
export async function insertIndicator(db: Db, row: IndicatorTable): Promise<void> {
  await db.insertInto('indicators').values(row).execute();
}

/** Ids among `ids` that name departments. */
export async function existingDepartmentIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (
    await db
      .selectFrom('departments')
      .select('id')
      .where('id', 'in', [...ids])
      .execute()
  ).map((r) => r.id);
}
