import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import { ENTERPRISE_SCOPE } from '../../enterprises/index.js';
import type { InspectionPlanTable } from './inspections.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

// A plan is the administration's schedule, visible to staff of any scope; the enterprises it lists
// and its progress are counted only over the enterprises the caller's scope covers. Enterprise
// accounts see no plans (the service answers 404 / an empty list).

/** Filters of the plan list. */
export interface PlanFilter {
  kind?: string;
  status?: string;
  activeOn?: string;
}

function filtered(db: Db, filter: PlanFilter) {
  let query = db.selectFrom('inspection_plans');
  if (filter.kind) query = query.where('kind', '=', filter.kind as InspectionPlanTable['kind']);
  if (filter.status) query = query.where('status', '=', filter.status as InspectionPlanTable['status']);
  if (filter.activeOn)
    query = query.where('starts_on', '<=', filter.activeOn).where('ends_on', '>=', filter.activeOn);
  return query;
}

/** A page of plans, newest start first. */
export async function listPlans(
  db: Db,
  filter: PlanFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: InspectionPlanTable[]; total: number }> {
  const total = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, filter)
    .selectAll()
    .orderBy('starts_on', 'desc')
    .orderBy('id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows, total: Number(total.n) };
}

/** One plan. */
export function findPlan(db: Db, id: string): Promise<InspectionPlanTable | undefined> {
  return db.selectFrom('inspection_plans').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a plan. */
export async function insertPlan(db: Db, row: InspectionPlanTable): Promise<void> {
  await db.insertInto('inspection_plans').values(row).execute();
}

/** Replaces the enterprises of a plan. */
export async function replacePlanEnterprises(db: Db, planId: string, enterpriseIds: string[]): Promise<void> {
  await db.deleteFrom('inspection_plan_enterprises').where('plan_id', '=', planId).execute();
  if (enterpriseIds.length > 0)
    await db
      .insertInto('inspection_plan_enterprises')
      .values(enterpriseIds.map((enterprise_id) => ({ plan_id: planId, enterprise_id })))
      .execute();
}

/** The ids a plan lists, whatever the scope (to keep enterprises outside the editor's scope on edit). */
export async function planEnterpriseIds(db: Db, planId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('inspection_plan_enterprises')
    .select('enterprise_id')
    .where('plan_id', '=', planId)
    .execute();
  return rows.map((r) => r.enterprise_id);
}

/** True when the plan lists the enterprise. */
export async function planHasEnterprise(db: Db, planId: string, enterpriseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('inspection_plan_enterprises')
    .select('plan_id')
    .where('plan_id', '=', planId)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return !!row;
}

/** A plan's enterprise in the caller's scope with its completed inspections under the plan. */
export interface PlanEnterpriseRow {
  plan_id: string;
  enterprise_id: string;
  enterprise_name: string;
  last_inspected_on: string | null;
  completed_count: number;
}

/** The enterprises of some plans that the scope covers, with their completed inspections under each plan. */
export async function planEnterprises(
  db: Db,
  scope: DataScope,
  planIds: string[],
): Promise<PlanEnterpriseRow[]> {
  if (planIds.length === 0) return [];
  const rows = await db
    .selectFrom('inspection_plan_enterprises as pe')
    .innerJoin('enterprises', 'enterprises.id', 'pe.enterprise_id')
    .leftJoin('inspections', (join) =>
      join
        .onRef('inspections.plan_id', '=', 'pe.plan_id')
        .onRef('inspections.enterprise_id', '=', 'pe.enterprise_id')
        .on('inspections.status', '=', 'completed'),
    )
    .where('pe.plan_id', 'in', planIds)
    .where(scopeFilter(scope, ENTERPRISE_SCOPE))
    .select((eb) => [
      'pe.plan_id',
      'pe.enterprise_id',
      'enterprises.name as enterprise_name',
      eb.fn.max('inspections.inspected_on').as('last_inspected_on'),
      eb.fn.count<number>('inspections.id').as('completed_count'),
    ])
    .groupBy(['pe.plan_id', 'pe.enterprise_id', 'enterprises.name'])
    .orderBy('enterprises.name')
    .execute();
  return rows.map((r) => ({
    ...r,
    last_inspected_on: (r.last_inspected_on as string | null) ?? null,
    completed_count: Number(r.completed_count),
  }));
}

/** Those of the ids that name enterprises the scope covers. */
export async function visibleEnterpriseIds(db: Db, scope: DataScope, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('enterprises')
    .select('id')
    .where('id', 'in', ids)
    .where(scopeFilter(scope, ENTERPRISE_SCOPE))
    .execute();
  return rows.map((r) => r.id);
}
