import {
  InvestmentErrorCode,
  type InvestmentActivity,
  type InvestmentActivityCreateBody,
  type InvestmentActivityListQuery,
  type InvestmentActivityUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import type { Database } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { conflict, notFound, versionConflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import * as repo from './activities.repository.js';
import { checkDates, checkDepartment, checkInvestors, pageOf, requireText } from './investment-checks.js';
import { activityView, investorIdsOf } from './investment-views.js';
import type { InvestmentActivityTable } from './investment.tables.js';
import { investorNames } from './investors.repository.js';
import { anyProjectLinked, linkedProjects, projectsOfEvents } from './linked-projects.repository.js';

const WHAT = '招商活动';

/** Checks an activity body and returns the columns it sets. */
async function columns(
  trx: Transaction<Database>,
  body: InvestmentActivityCreateBody,
  before?: InvestmentActivityTable,
) {
  requireText(body.title, '活动名称');
  checkDates(body.startedOn, body.endedOn, '活动');
  await checkInvestors(trx, body.investorIds);
  await checkDepartment(trx, body.departmentId, before?.department_id);
  return {
    kind: body.kind,
    title: body.title,
    started_on: body.startedOn,
    ended_on: body.endedOn,
    place: body.place,
    participants: body.participants,
    counterparts: body.counterparts,
    investor_ids: JSON.stringify(body.investorIds),
    outcome: body.outcome,
    department_id: body.departmentId,
  };
}

/** A page of activities, newest first, with investors met and projects signed at events. */
export async function listActivities(ctx: AppContext, scope: DataScope, query: InvestmentActivityListQuery) {
  const { rows, total } = await repo.listActivities(ctx.db, ctx.dialect, scope, query, pageOf(query));
  const names = await investorNames(ctx.db, [...new Set(rows.flatMap(investorIdsOf))]);
  const events = rows.filter((r) => r.kind === 'promotionEvent').map((r) => r.id);
  const signed = await projectsOfEvents(ctx.db, scope, events);
  return { items: rows.map((row) => activityView(row, names, signed.get(row.id) ?? [])), total };
}

/** One activity as the API shows it. */
async function view(
  db: Transaction<Database> | AppContext['db'],
  scope: DataScope,
  row: InvestmentActivityTable,
) {
  const names = await investorNames(db, investorIdsOf(row));
  const signed =
    row.kind === 'promotionEvent' ? await linkedProjects(db, scope, 'promotion_event_id', row.id) : [];
  return activityView(row, names, signed);
}

/** One activity; an event shows the projects (in the caller's scope) signed there. */
export async function getActivity(
  ctx: AppContext,
  scope: DataScope,
  id: string,
): Promise<InvestmentActivity> {
  const row = await repo.findActivity(ctx.db, scope, id);
  if (!row) throw notFound(WHAT);
  return view(ctx.db, scope, row);
}

/** Records an activity. */
export function createActivity(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  body: InvestmentActivityCreateBody,
): Promise<InvestmentActivity> {
  return auditedChange(ctx, caller, 'investmentActivity.create', 'investmentActivity', async (trx) => {
    const at = ctx.clock.now().toISOString();
    const row: InvestmentActivityTable = {
      id: newId(),
      ...(await columns(trx, body)),
      created_by: caller.auth?.userId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertActivity(trx, row);
    return { objectId: row.id, before: null, after: row, value: await view(trx, scope, row) };
  });
}

/** Changes an activity at the version the caller read. */
export function updateActivity(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: InvestmentActivityUpdateBody,
): Promise<InvestmentActivity> {
  return auditedChange(ctx, caller, 'investmentActivity.update', 'investmentActivity', async (trx) => {
    const before = await repo.findActivity(trx, scope, id);
    if (!before) throw notFound(WHAT);
    const values = { ...(await columns(trx, body, before)), updated_at: ctx.clock.now().toISOString() };
    if (
      before.kind === 'promotionEvent' &&
      values.kind !== 'promotionEvent' &&
      (await anyProjectLinked(trx, 'promotion_event_id', id))
    )
      throw conflict('已有项目在该推介会签约,不能改为其他类型', InvestmentErrorCode.activityReferenced);
    const version = await updateVersioned(trx, 'investment_activities', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: await view(trx, scope, after) };
  });
}

/** Deletes an activity recorded by mistake; refused while a project names it as where it was signed. */
export async function deleteActivity(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  version: number,
): Promise<void> {
  await auditedChange(ctx, caller, 'investmentActivity.delete', 'investmentActivity', async (trx) => {
    const before = await repo.findActivity(trx, scope, id);
    if (!before) throw notFound(WHAT);
    if (await anyProjectLinked(trx, 'promotion_event_id', id))
      throw conflict('已有项目在该推介会签约,不能删除', InvestmentErrorCode.activityReferenced);
    if ((await repo.deleteActivity(trx, id, version)) !== 1) throw versionConflict();
    return { objectId: id, before, after: null, value: undefined };
  });
}
