import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.js';
import type { ChecklistItemTable, ChecklistTable } from './inspections.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

// Checklists are templates the administration keeps (items and their legal bases), not enterprise
// data: they are read without a data scope, like targets.

/** Checklists: the built-in ones in their seeded order, then the others oldest first. */
export function listChecklists(db: Db, includeArchived: boolean): Promise<ChecklistTable[]> {
  let query = db.selectFrom('checklists').selectAll();
  if (!includeArchived) query = query.where('status', '=', 'active');
  return query.orderBy('built_in', 'desc').orderBy('created_at').orderBy('id').execute();
}

/** One checklist. */
export function findChecklist(db: Db, id: string): Promise<ChecklistTable | undefined> {
  return db.selectFrom('checklists').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The items of some checklists, in order. */
export function itemsOf(db: Db, checklistIds: string[]): Promise<ChecklistItemTable[]> {
  if (checklistIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('checklist_items')
    .selectAll()
    .where('checklist_id', 'in', checklistIds)
    .orderBy('checklist_id')
    .orderBy('seq')
    .execute();
}

/** Inserts a checklist. */
export async function insertChecklist(db: Db, row: ChecklistTable): Promise<void> {
  await db.insertInto('checklists').values(row).execute();
}

/** Replaces a checklist's items (inspections keep their own copies). */
export async function replaceItems(db: Db, checklistId: string, rows: ChecklistItemTable[]): Promise<void> {
  await db.deleteFrom('checklist_items').where('checklist_id', '=', checklistId).execute();
  if (rows.length > 0) await db.insertInto('checklist_items').values(rows).execute();
}
