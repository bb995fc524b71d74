import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../auth/data-scope.js';
import type { Database, FileTable } from '../db/database.js';
import { scopeFilter } from '../db/scope-filter.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Records an attachment's metadata (its bytes are already in the file store). */
export async function insertFile(db: Db, row: FileTable): Promise<void> {
  await db.insertInto('files').values(row).execute();
}

/** An attachment by id, only if the caller's data scope covers it (otherwise undefined, like a missing id). */
export async function findFileInScope(db: Db, scope: DataScope, id: string): Promise<FileTable | undefined> {
  const row = await db
    .selectFrom('files')
    .selectAll()
    .where('id', '=', id)
    .where(
      scopeFilter(scope, {
        enterprise: 'files.enterprise_id',
        subPark: 'files.sub_park_id',
        department: 'files.department_id',
      }),
    )
    .executeTakeFirst();
  return row && { ...row, size_bytes: Number(row.size_bytes) };
}

/** Attachments of one enterprise that the scope may see, newest first. */
export function listEnterpriseFiles(db: Db, scope: DataScope, enterpriseId: string): Promise<FileTable[]> {
  return db
    .selectFrom('files')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where(
      scopeFilter(scope, {
        enterprise: 'files.enterprise_id',
        subPark: 'files.sub_park_id',
        department: 'files.department_id',
      }),
    )
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}
