import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import type { HazardTable, InspectionTable } from '../safety.tables.js';
import type { InspectionItemTable } from './inspections.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The scope columns of an inspection: its enterprise, and the sub-park and department it was filed under. */
export const INSPECTION_SCOPE = {
  enterprise: 'inspections.enterprise_id',
  subPark: 'inspections.sub_park_id',
  department: 'inspections.department_id',
} as const;

/** Filters of the inspection list. */
export interface InspectionFilter {
  enterpriseId?: string;
  planId?: string;
  kind?: string;
  status?: string;
  from?: string;
  to?: string;
}

/** An inspection with the names the list shows and its item counts. */
export type InspectionRow = InspectionTable & {
  enterprise_name: string;
  plan_title: string | null;
  checklist_title: string | null;
  item_count: number;
  failed_count: number;
};

function scoped(db: Db, scope: DataScope) {
  let query = db
    .selectFrom('inspections')
    .innerJoin('enterprises', 'enterprises.id', 'inspections.enterprise_id')
    .where(scopeFilter(scope, INSPECTION_SCOPE));
  // An enterprise sees the inspections of its own enterprise once they are completed, never drafts.
  if (scope.kind === 'enterprise') query = query.where('inspections.status', '=', 'completed');
  return query;
}

function filtered(db: Db, scope: DataScope, filter: InspectionFilter) {
  let query = scoped(db, scope);
  if (filter.enterpriseId) query = query.where('inspections.enterprise_id', '=', filter.enterpriseId);
  if (filter.planId) query = query.where('inspections.plan_id', '=', filter.planId);
  if (filter.kind) query = query.where('inspections.kind', '=', filter.kind as InspectionTable['kind']);
  if (filter.status)
    query = query.where('inspections.status', '=', filter.status as InspectionTable['status']);
  if (filter.from) query = query.where('inspections.inspected_on', '>=', filter.from);
  if (filter.to) query = query.where('inspections.inspected_on', '<=', filter.to);
  return query;
}

function withNames<Q extends ReturnType<typeof scoped>>(query: Q) {
  return query
    .leftJoin('inspection_plans', 'inspection_plans.id', 'inspections.plan_id')
    .leftJoin('checklists', 'checklists.id', 'inspections.checklist_id')
    .selectAll('inspections')
    .select((eb) => [
      'enterprises.name as enterprise_name',
      'inspection_plans.title as plan_title',
      'checklists.title as checklist_title',
      eb
        .selectFrom('inspection_items')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('inspection_items.inspection_id', '=', 'inspections.id')
        .as('item_count'),
      eb
        .selectFrom('inspection_items')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('inspection_items.inspection_id', '=', 'inspections.id')
        .where('inspection_items.result', '=', 'fail')
        .as('failed_count'),
    ]);
}

function normalise(
  row: Omit<InspectionRow, 'item_count' | 'failed_count'> & { item_count: unknown; failed_count: unknown },
): InspectionRow {
  return { ...row, item_count: Number(row.item_count ?? 0), failed_count: Number(row.failed_count ?? 0) };
}

/** A page of inspections in scope, newest first. */
export async function listInspections(
  db: Db,
  scope: DataScope,
  filter: InspectionFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: InspectionRow[]; total: number }> {
  const total = await filtered(db, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await withNames(filtered(db, scope, filter))
    .orderBy('inspections.inspected_on', 'desc')
    .orderBy('inspections.id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows: rows.map(normalise), total: Number(total.n) };
}

/** One inspection in scope, with names and counts. */
export async function findInspectionView(
  db: Db,
  scope: DataScope,
  id: string,
): Promise<InspectionRow | undefined> {
  const row = await withNames(scoped(db, scope).where('inspections.id', '=', id)).executeTakeFirst();
  return row && normalise(row);
}

/** The bare inspection row in scope (for writes). */
export function findInspection(db: Db, scope: DataScope, id: string): Promise<InspectionTable | undefined> {
  return scoped(db, scope).selectAll('inspections').where('inspections.id', '=', id).executeTakeFirst();
}

/** Inserts an inspection. */
export async function insertInspection(db: Db, row: InspectionTable): Promise<void> {
  await db.insertInto('inspections').values(row).execute();
}

/** The items of an inspection, in order. */
export function itemsOfInspection(db: Db, inspectionId: string): Promise<InspectionItemTable[]> {
  return db
    .selectFrom('inspection_items')
    .selectAll()
    .where('inspection_id', '=', inspectionId)
    .orderBy('seq')
    .execute();
}

/** One item of an inspection. */
export function findItem(
  db: Db,
  inspectionId: string,
  itemId: string,
): Promise<InspectionItemTable | undefined> {
  return db
    .selectFrom('inspection_items')
    .selectAll()
    .where('inspection_id', '=', inspectionId)
    .where('id', '=', itemId)
    .executeTakeFirst();
}

/** Inserts items. */
export async function insertItems(db: Db, rows: InspectionItemTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('inspection_items').values(rows).execute();
}

/** Links a failed item to the hazard it registered. */
export async function setItemHazard(db: Db, itemId: string, hazardId: string): Promise<void> {
  await db.updateTable('inspection_items').set({ hazard_id: hazardId }).where('id', '=', itemId).execute();
}

/** The hazards an inspection registered. */
export function hazardsOfInspection(db: Db, inspectionId: string): Promise<HazardTable[]> {
  return db
    .selectFrom('hazards')
    .selectAll()
    .where('inspection_id', '=', inspectionId)
    .orderBy('code')
    .execute();
}
