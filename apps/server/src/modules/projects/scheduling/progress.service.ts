import {
  SchedulingErrorCode,
  type ProgressReport,
  type ProgressReportCreateBody,
  type ProgressReportUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import { parseIdList, type DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { checkFiles, projectInScope, scopeOf } from './scheduling.access.js';
import * as repo from './scheduling.repository.js';
import type { ProjectProgressReportTable } from './scheduling.tables.js';
import { progressView } from './scheduling.views.js';
import { shanghaiToday } from '../../../platform/dates.js';

/** The monthly progress reports of a project in scope, newest first. */
export async function listProgressReports(
  ctx: AppContext,
  scope: DataScope,
  projectId: string,
): Promise<ProgressReport[]> {
  const project = await projectInScope(ctx.db, scope, projectId);
  const rows = await repo.listProgressReports(ctx.db, projectId);
  return rows.map((row) => progressView(row, project.works_planned_quantity_centi));
}

type Figures = Pick<
  ProgressReportCreateBody,
  'investmentThisMonthFen' | 'investmentCumulativeFen' | 'quantityDoneCenti'
>;

/**
 * The cumulative figures of a month, checked against the months around it: cumulative investment
 * and quantity never decrease from one reported month to the next. The cumulative investment
 * defaults to the previous report's plus this month's.
 */
async function cumulativeFigures(
  trx: Transaction<Database>,
  project: repo.ProjectFacts,
  period: string,
  body: Figures,
): Promise<{ cumulative: number; quantity: number | null }> {
  const { before, after } = await repo.neighbourReports(trx, project.id, period);
  const previous = before ? Number(before.investment_cumulative_fen) : 0;
  const cumulative = body.investmentCumulativeFen ?? previous + body.investmentThisMonthFen;
  const decreases = (message: string) => badRequest(message, SchedulingErrorCode.cumulativeDecreases);
  if (cumulative < body.investmentThisMonthFen) throw decreases('累计完成投资不能小于本月完成投资');
  if (before && cumulative < previous) throw decreases(`累计完成投资不能小于 ${before.period} 的累计数`);
  if (after && cumulative > Number(after.investment_cumulative_fen))
    throw decreases(`累计完成投资不能大于 ${after.period} 的累计数`);
  const quantity = body.quantityDoneCenti ?? null;
  if (quantity !== null) {
    if (!project.works_planned_quantity_centi)
      throw badRequest('该项目没有计划工程量,不能填报完成工程量', SchedulingErrorCode.quantityWithoutPlan);
    if (before?.quantity_done_centi != null && quantity < Number(before.quantity_done_centi))
      throw decreases(`累计完成工程量不能小于 ${before.period} 的数`);
    if (after?.quantity_done_centi != null && quantity > Number(after.quantity_done_centi))
      throw decreases(`累计完成工程量不能大于 ${after.period} 的数`);
  }
  return { cumulative, quantity };
}

/** Refuses a month that has not begun. */
function checkPeriod(ctx: AppContext, period: string): void {
  if (period > shanghaiToday(ctx).slice(0, 7)) throw badRequest('不能填报未来月份的进度');
}

/** Reports a month's progress; one report per project and month. */
export function createProgressReport(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  body: ProgressReportCreateBody,
): Promise<ProgressReport> {
  checkPeriod(ctx, body.period);
  return auditedChange(ctx, caller, 'progressReport.create', 'projectProgressReport', async (trx) => {
    const project = await projectInScope(trx, scopeOf(caller), projectId);
    if (await repo.progressPeriodExists(trx, projectId, body.period))
      throw conflict(`${body.period} 的进度已填报`, SchedulingErrorCode.periodDuplicate);
    const { cumulative, quantity } = await cumulativeFigures(trx, project, body.period, body);
    await checkFiles(trx, scopeOf(caller), body.photoFileIds);
    const at = ctx.clock.now().toISOString();
    const row: ProjectProgressReportTable = {
      id: newId(),
      project_id: projectId,
      period: body.period,
      progress_note: body.progressNote,
      photo_file_ids: JSON.stringify(body.photoFileIds),
      investment_this_month_fen: body.investmentThisMonthFen,
      investment_cumulative_fen: cumulative,
      quantity_done_centi: quantity,
      reported_by: caller.auth?.userId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertProgressReport(trx, row);
    return {
      objectId: row.id,
      before: null,
      after: row,
      value: progressView(row, project.works_planned_quantity_centi),
    };
  });
}

/** Corrects a month's report under the same rules. */
export function updateProgressReport(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  id: string,
  body: ProgressReportUpdateBody,
): Promise<ProgressReport> {
  return auditedChange(ctx, caller, 'progressReport.update', 'projectProgressReport', async (trx) => {
    const project = await projectInScope(trx, scopeOf(caller), projectId);
    const before = await repo.findProgressReport(trx, projectId, id);
    if (!before) throw notFound('进度报告');
    const { cumulative, quantity } = await cumulativeFigures(trx, project, before.period, body);
    await checkFiles(trx, scopeOf(caller), body.photoFileIds, parseIdList(before.photo_file_ids));
    const values = {
      progress_note: body.progressNote,
      photo_file_ids: JSON.stringify(body.photoFileIds),
      investment_this_month_fen: body.investmentThisMonthFen,
      investment_cumulative_fen: cumulative,
      quantity_done_centi: quantity,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'project_progress_reports', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: progressView(after, project.works_planned_quantity_centi) };
  });
}
