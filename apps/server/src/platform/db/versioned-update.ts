import type { Kysely, Transaction } from 'kysely';
import { notFound, versionConflict } from '../errors.js';
import type { Database } from './database.js';

/** Tables whose rows carry `id` and `version`. */
type VersionedTable = {
  [T in keyof Database]: Database[T] extends { id: string; version: number } ? T : never;
}[keyof Database];

/**
 * Optimistic concurrency: updates the row only if its version is still `expectedVersion`, bumping
 * it by one. A stale version throws 409 and changes nothing; a missing row throws 404. Callers
 * check the row is inside the caller's scope before calling.
 */
export async function updateVersioned(
  db: Kysely<Database> | Transaction<Database>,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<number> {
  // The table name is a compile-time union, so the generic builder is given a loose view of it.
  const loose = db as unknown as Kysely<Record<string, { id: string; version: number }>>;
  const result = await loose
    .updateTable(table)
    .set({ ...values, version: expectedVersion + 1 } as never)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return expectedVersion + 1;
  const exists = await loose.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  throw exists ? versionConflict() : notFound();
}
