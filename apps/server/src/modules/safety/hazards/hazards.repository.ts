import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import type { SqlDialect } from '../../../platform/db/sql-dialect.js';
import type { HazardTable } from '../safety.tables.js';
import type { HazardEventTable, HazardPlanTable, HazardRectificationTable } from './hazards.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The scope columns of hazards. */
export const HAZARD_SCOPE = {
  enterprise: 'hazards.enterprise_id',
  subPark: 'hazards.sub_park_id',
  department: 'hazards.department_id',
} as const;

/** Next value of a yearly counter (hazard codes, notice numbers); the update locks the row on PostgreSQL. */
export async function nextSequence(db: Transaction<Database>, name: string, year: number): Promise<number> {
  await db
    .insertInto('hazard_sequences')
    .values({ name, year, last_value: 0 })
    .onConflict((oc) => oc.columns(['name', 'year']).doNothing())
    .execute();
  const row = await db
    .updateTable('hazard_sequences')
    .set({ last_value: sql`last_value + 1` })
    .where('name', '=', name)
    .where('year', '=', year)
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(row.last_value);
}

export async function insertHazard(db: Db, row: HazardTable): Promise<void> {
  await db.insertInto('hazards').values(row).execute();
}

export async function insertEvent(db: Db, row: HazardEventTable): Promise<void> {
  await db.insertInto('hazard_events').values(row).execute();
}

/** A hazard inside the scope, with its enterprise's name; undefined otherwise. */
export function findHazard(db: Db, scope: DataScope, id: string) {
  return db
    .selectFrom('hazards')
    .innerJoin('enterprises', 'enterprises.id', 'hazards.enterprise_id')
    .selectAll('hazards')
    .select('enterprises.name as enterprise_name')
    .where('hazards.id', '=', id)
    .where(scopeFilter(scope, HAZARD_SCOPE))
    .executeTakeFirst();
}

export type HazardWithName = NonNullable<Awaited<ReturnType<typeof findHazard>>>;

/** Filters of the list, from the request's allowlisted values. */
export interface HazardFilter {
  enterpriseId?: string;
  subParkId?: string;
  category?: string;
  grade?: string;
  status?: string;
  open?: boolean;
  overdue?: boolean;
  supervised?: boolean;
  foundFrom?: string;
  foundTo?: string;
  q?: string;
}

/** Overdue at read: deadline before today and not closed. */
export function overdueCondition(today: string): Expression<SqlBool> {
  return sql<SqlBool>`(hazards.deadline < ${today} and hazards.status <> 'closed')`;
}

function filtered(db: Db, dialect: SqlDialect, scope: DataScope, f: HazardFilter, today: string) {
  let query = db
    .selectFrom('hazards')
    .innerJoin('enterprises', 'enterprises.id', 'hazards.enterprise_id')
    .where(scopeFilter(scope, HAZARD_SCOPE));
  if (f.enterpriseId) query = query.where('hazards.enterprise_id', '=', f.enterpriseId);
  if (f.subParkId) query = query.where('hazards.sub_park_id', '=', f.subParkId);
  if (f.category) query = query.where('hazards.category', '=', f.category);
  if (f.grade) query = query.where('hazards.grade', '=', f.grade as HazardTable['grade']);
  if (f.status) query = query.where('hazards.status', '=', f.status);
  if (f.open === true) query = query.where('hazards.status', '<>', 'closed');
  if (f.open === false) query = query.where('hazards.status', '=', 'closed');
  if (f.overdue === true) query = query.where(overdueCondition(today));
  if (f.overdue === false) query = query.where(sql<SqlBool>`not ${overdueCondition(today)}`);
  if (f.supervised !== undefined) query = query.where('hazards.supervised', '=', f.supervised ? 1 : 0);
  if (f.foundFrom) query = query.where('hazards.found_on', '>=', f.foundFrom);
  if (f.foundTo) query = query.where('hazards.found_on', '<=', f.foundTo);
  if (f.q) {
    const q = f.q;
    query = query.where((eb) =>
      eb.or([
        dialect.containsInsensitive(eb.ref('hazards.description'), q),
        dialect.containsInsensitive(eb.ref('hazards.code'), q),
        dialect.containsInsensitive(eb.ref('enterprises.name'), q),
      ]),
    );
  }
  return query;
}

/** One page of hazards, most recently found first, and counts over the whole filter. */
export async function listHazards(
  db: Db,
  dialect: SqlDialect,
  scope: DataScope,
  f: HazardFilter,
  today: string,
  page: { offset: number; limit: number },
) {
  const items = await filtered(db, dialect, scope, f, today)
    .selectAll('hazards')
    .select('enterprises.name as enterprise_name')
    .orderBy('hazards.found_on', 'desc')
    .orderBy('hazards.code', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const counts = await filtered(db, dialect, scope, f, today)
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`coalesce(sum(case when hazards.status <> 'closed' then 1 else 0 end), 0)`.as('open'),
      sql<number>`coalesce(sum(case when ${overdueCondition(today)} then 1 else 0 end), 0)`.as('overdue'),
      sql<number>`coalesce(sum(case when hazards.status <> 'closed' and hazards.grade = 'major' then 1 else 0 end), 0)`.as(
        'major_open',
      ),
    ])
    .executeTakeFirstOrThrow();
  return {
    items,
    total: Number(counts.total),
    open: Number(counts.open),
    overdue: Number(counts.overdue),
    majorOpen: Number(counts.major_open),
  };
}

export function eventsOf(db: Db, hazardId: string): Promise<HazardEventTable[]> {
  return db
    .selectFrom('hazard_events')
    .selectAll()
    .where('hazard_id', '=', hazardId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export function rectificationsOf(db: Db, hazardId: string): Promise<HazardRectificationTable[]> {
  return db
    .selectFrom('hazard_rectifications')
    .selectAll()
    .where('hazard_id', '=', hazardId)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
}

/** The submission awaiting re-inspection, if any. */
export function pendingRectification(db: Db, hazardId: string) {
  return db
    .selectFrom('hazard_rectifications')
    .selectAll()
    .where('hazard_id', '=', hazardId)
    .where('outcome', 'is', null)
    .executeTakeFirst();
}

export async function insertRectification(db: Db, row: HazardRectificationTable): Promise<void> {
  await db.insertInto('hazard_rectifications').values(row).execute();
}

export async function recordOutcome(
  db: Db,
  id: string,
  values: Pick<
    HazardRectificationTable,
    'outcome' | 'reason' | 'evaluation' | 'on_site_review_on' | 'reinspected_on' | 'reinspected_by'
  >,
): Promise<void> {
  await db.updateTable('hazard_rectifications').set(values).where('id', '=', id).execute();
}

export function planOf(db: Db, hazardId: string): Promise<HazardPlanTable | undefined> {
  return db.selectFrom('hazard_plans').selectAll().where('hazard_id', '=', hazardId).executeTakeFirst();
}

/** Saves the plan (a later submission replaces the earlier one). */
export async function savePlan(db: Db, row: HazardPlanTable): Promise<void> {
  await db
    .insertInto('hazard_plans')
    .values(row)
    .onConflict((oc) =>
      oc.column('hazard_id').doUpdateSet({
        objective: row.objective,
        methods: row.methods,
        funding: row.funding,
        organisation: row.organisation,
        timeline: row.timeline,
        safety_measures: row.safety_measures,
        file_ids: row.file_ids,
        submitted_by: row.submitted_by,
        submitted_at: row.submitted_at,
      }),
    )
    .execute();
}

/** Ids among `ids` that are attachments visible to the scope. */
export async function visibleFileIds(db: Db, scope: DataScope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('files')
    .select('id')
    .where('id', 'in', [...ids])
    .where(
      scopeFilter(scope, {
        enterprise: 'files.enterprise_id',
        subPark: 'files.sub_park_id',
        department: 'files.department_id',
      }),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Moves a hazard on only if it is still in one of `from` (so two racing transitions cannot both
 * win), bumping its version. Returns false when the hazard was not in such a state.
 */
export async function transition(
  db: Db,
  id: string,
  from: readonly string[],
  values: Partial<Omit<HazardTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('hazards')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves the due date of a hazard's open rectification to-dos (after a deadline extension). */
export async function moveTodoDue(db: Db, hazardId: string, dueOn: string): Promise<void> {
  await db
    .updateTable('todos')
    .set({ due_on: dueOn })
    .where('kind', '=', 'hazard.rectify')
    .where('object_id', '=', hazardId)
    .where('status', '=', 'open')
    .execute();
}

/** Open hazards past their deadline, with the head of their department (the overdue job reads all). */
export function overdueHazards(db: Db, today: string) {
  return db
    .selectFrom('hazards')
    .innerJoin('enterprises', 'enterprises.id', 'hazards.enterprise_id')
    .leftJoin('departments', 'departments.id', 'hazards.department_id')
    .selectAll('hazards')
    .select(['enterprises.name as enterprise_name', 'departments.head_user_id'])
    .where(overdueCondition(today))
    .orderBy('hazards.code')
    .execute();
}

/** Stamps the overdue facts the job found (first day overdue, first escalation). */
export async function markOverdue(
  db: Db,
  id: string,
  values: Partial<Pick<HazardTable, 'overdue_since' | 'escalated_at'>>,
): Promise<void> {
  await db.updateTable('hazards').set(values).where('id', '=', id).execute();
}

/** Hazards by id inside the scope (for a notice), with their enterprise's name. */
export function hazardsByIds(db: Db, scope: DataScope, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('hazards')
    .innerJoin('enterprises', 'enterprises.id', 'hazards.enterprise_id')
    .selectAll('hazards')
    .select('enterprises.name as enterprise_name')
    .where('hazards.id', 'in', [...ids])
    .where(scopeFilter(scope, HAZARD_SCOPE))
    .orderBy('hazards.code')
    .execute();
}
