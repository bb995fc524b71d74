import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { TargetTable } from './targets.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

// Targets are the zone's plan, set by the administration, not enterprise data: they are read
// without a data scope. The actuals measured against them are scoped by their sources.

/** The targets of a year, in a stable order. */
export function listTargets(db: Db, year: number): Promise<TargetTable[]> {
  return db
    .selectFrom('targets')
    .selectAll()
    .where('year', '=', year)
    .orderBy('subject_kind')
    .orderBy('subject_code')
    .execute();
}

/** One target. */
export function findTarget(db: Db, id: string): Promise<TargetTable | undefined> {
  return db.selectFrom('targets').selectAll().where('id', '=', id).executeTakeFirst();
}

/** True when the year already has a target for the subject. */
export async function targetExists(db: Db, year: number, kind: string, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('targets')
    .select('id')
    .where('year', '=', year)
    .where('subject_kind', '=', kind)
    .where('subject_code', '=', code)
    .executeTakeFirst();
  return !!row;
}

/** Inserts a target. */
export async function insertTarget(db: Db, row: TargetTable): Promise<void> {
  await db.insertInto('targets').values(row).execute();
}

/** Deletes a target if it still has `version`; the number of rows deleted (0 or 1). */
export async function deleteTarget(db: Db, id: string, version: number): Promise<number> {
  const result = await db
    .deleteFrom('targets')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
