import type {
  ReportCheck,
  ReportForm,
  ReportListQuery,
  ReportListItem,
  ReportReturnBody,
  ReportRevision,
  ReportRevisionBody,
  ReportSaveBody,
  ReportStatus,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { AppError, conflict, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { closeTodos } from '../../../platform/todos/todos.repository.js';
import { loadForm, parseExplanations, reportListItem, valuesFromInput } from './report-form.js';
import * as repo from './reports.repository.js';
import type { ReportValueTable } from './reporting.tables.js';
import { addToRollups, valueDelta } from './rollups.repository.js';

/** Stable code of a submission refused by the form checks. */
export const REPORT_CHECKS_FAILED = 'REPORT_CHECKS_FAILED';

function scopeOf(caller: Caller): DataScope {
  if (!caller.auth) throw new Error('reports need a signed-in caller');
  return caller.auth.scope;
}

async function reportInScope(db: Transaction<Database> | AppContext['db'], scope: DataScope, id: string) {
  const report = await repo.findReport(db, scope, id);
  if (!report) throw notFound('月报');
  return report;
}

function requireStatus(status: ReportStatus, allowed: ReportStatus[], action: string) {
  if (!allowed.includes(status)) throw conflict(`当前状态的月报不能${action}`, 'INVALID_TRANSITION');
}

/** 422 naming every finding that blocks: hard ones, and soft ones without an explanation. */
function blockOn(findings: ReportCheck[]) {
  const blocking = findings.filter((f) => f.severity === 'hard' || !f.explained);
  if (blocking.length === 0) return;
  throw new AppError(
    422,
    REPORT_CHECKS_FAILED,
    `月报未通过审核规则:${blocking.length} 项需修改或说明`,
    blocking.map((f) => ({ path: `${f.indicatorCode}.${f.rule}`, message: f.message })),
  );
}

/** A page of reports in the caller's scope. */
export async function listReports(ctx: AppContext, scope: DataScope, query: ReportListQuery) {
  const pageSize = query.pageSize ?? 20;
  const page = await repo.listReports(ctx.db, scope, query, ctx.dialect, {
    offset: ((query.page ?? 1) - 1) * pageSize,
    limit: pageSize,
  });
  return { items: page.items.map(reportListItem), total: page.total };
}

/** One report with its form lines and current findings. */
export async function getReport(ctx: AppContext, scope: DataScope, id: string): Promise<ReportForm> {
  const report = await reportInScope(ctx.db, scope, id);
  const form = await loadForm(ctx.db, report);
  return form.view(await repo.valuesOf(ctx.db, id), parseExplanations(report.explanations));
}

/** Runs the checks on entered values without saving them. */
export async function checkValues(
  ctx: AppContext,
  scope: DataScope,
  id: string,
  body: ReportSaveBody,
): Promise<ReportCheck[]> {
  const report = await reportInScope(ctx.db, scope, id);
  const form = await loadForm(ctx.db, report);
  return form.check(valuesFromInput(id, form.indicators, body.values), body.explanations);
}

const EDITABLE: ReportStatus[] = ['notStarted', 'draft', 'returned'];

/** Saves the form as a draft (the enterprise's own report, before submission or after a return). */
export function saveDraft(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: ReportSaveBody,
): Promise<ReportForm> {
  return writeForm(ctx, caller, id, body, false);
}

/** Saves and submits; refused with every blocking finding when the checks fail (nothing saved). */
export function submitReport(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: ReportSaveBody,
): Promise<ReportForm> {
  return writeForm(ctx, caller, id, body, true);
}

function writeForm(ctx: AppContext, caller: Caller, id: string, body: ReportSaveBody, submit: boolean) {
  return auditedChange(ctx, caller, submit ? 'report.submit' : 'report.save', 'report', async (trx) => {
    const before = await reportInScope(trx, scopeOf(caller), id);
    requireStatus(before.status, EDITABLE, submit ? '提交' : '修改');
    const form = await loadForm(trx, before);
    const values = valuesFromInput(id, form.indicators, body.values);
    if (submit) blockOn(form.check(values, body.explanations));
    const at = ctx.clock.now().toISOString();
    const status: ReportStatus = submit ? 'submitted' : before.status === 'returned' ? 'returned' : 'draft';
    const changes = {
      status,
      explanations: JSON.stringify(body.explanations),
      updated_at: at,
      ...(submit ? { submitted_at: at, submitted_by: caller.auth?.userId ?? null } : {}),
    };
    const version = await updateVersioned(trx, 'enterprise_reports', id, body.version, changes);
    await repo.replaceValues(trx, id, values);
    if (submit) await closeTodos(trx, 'report.reminder', id, at);
    const after = { ...before, ...changes, version };
    const view = (await loadForm(trx, after)).view(values, body.explanations);
    return { objectId: id, before: summary(before), after: summary(after), value: view };
  });
}

/** Approves a submitted report: it locks and its values join the figures. */
export function approveReport(
  ctx: AppContext,
  caller: Caller,
  id: string,
  version: number,
): Promise<ReportForm> {
  return review(ctx, caller, id, version, 'approved', '');
}

/** Sends a submitted report back to the enterprise with the reason. */
export function returnReport(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: ReportReturnBody,
): Promise<ReportForm> {
  return review(ctx, caller, id, body.version, 'returned', body.comment);
}

function review(
  ctx: AppContext,
  caller: Caller,
  id: string,
  version: number,
  status: 'approved' | 'returned',
  comment: string,
) {
  const action = status === 'approved' ? 'report.approve' : 'report.return';
  return auditedChange(ctx, caller, action, 'report', async (trx) => {
    const before = await reportInScope(trx, scopeOf(caller), id);
    requireStatus(before.status, ['submitted'], status === 'approved' ? '审核通过' : '退回');
    const at = ctx.clock.now().toISOString();
    const changes = {
      status,
      return_comment: comment,
      reviewed_at: at,
      reviewed_by: caller.auth?.userId ?? null,
      updated_at: at,
    };
    const next = await updateVersioned(trx, 'enterprise_reports', id, version, changes);
    const values = await repo.valuesOf(trx, id);
    if (status === 'approved') {
      const deltas = values.map((v) => valueDelta(v.indicator_id, undefined, v));
      await addToRollups(trx, [{ report: before, deltas }]);
    }
    const after = { ...before, ...changes, version: next };
    const view = (await loadForm(trx, after)).view(values, parseExplanations(after.explanations));
    return { objectId: id, before: summary(before), after: summary(after), value: view };
  });
}

/**
 * Corrects an approved report: each changed value is recorded with its reason, and the figures
 * move by the difference in the same transaction. Hard checks still apply to the result.
 */
export function reviseReport(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: ReportRevisionBody,
): Promise<ReportForm> {
  return auditedChange(ctx, caller, 'report.revise', 'report', async (trx) => {
    const before = await reportInScope(trx, scopeOf(caller), id);
    requireStatus(before.status, ['approved'], '修订');
    const form = await loadForm(trx, before);
    const old = await repo.valuesOf(trx, id);
    const oldById = new Map(old.map((v) => [v.indicator_id, v]));
    const next = new Map<string, ReportValueTable>(old.map((v) => [v.indicator_id, v]));
    for (const v of valuesFromInput(id, form.indicators, body.values)) next.set(v.indicator_id, v);
    const values = [...next.values()];
    blockOn(
      form.check(
        values,
        form.indicators.map((i) => ({ indicatorCode: i.code, text: body.reason })),
      ),
    );

    const at = ctx.clock.now().toISOString();
    const changed = values.filter((v) => {
      const o = oldById.get(v.indicator_id);
      return (o?.cumulative ?? null) !== v.cumulative || (o?.previous_year ?? null) !== v.previous_year;
    });
    if (changed.length === 0) throw conflict('修订内容与原数据相同', 'NO_CHANGE');
    await repo.insertRevisions(
      trx,
      changed.map((v) => ({
        id: newId(),
        report_id: id,
        indicator_id: v.indicator_id,
        old_cumulative: oldById.get(v.indicator_id)?.cumulative ?? null,
        new_cumulative: v.cumulative,
        old_previous_year: oldById.get(v.indicator_id)?.previous_year ?? null,
        new_previous_year: v.previous_year,
        reason: body.reason,
        revised_by: caller.auth?.userId ?? null,
        revised_at: at,
      })),
    );
    const changes = { revision_count: before.revision_count + 1, updated_at: at };
    const version = await updateVersioned(trx, 'enterprise_reports', id, body.version, changes);
    await repo.replaceValues(trx, id, values);
    const deltas = changed.map((v) => valueDelta(v.indicator_id, oldById.get(v.indicator_id), v));
    await addToRollups(trx, [{ report: before, deltas }]);
    const after = { ...before, ...changes, version };
    const view = (await loadForm(trx, after)).view(values, parseExplanations(after.explanations));
    return {
      objectId: id,
      before: { ...summary(before), values: old },
      after: { ...summary(after), values },
      value: view,
    };
  });
}

/** The recorded revisions of a report in scope. */
export async function listRevisions(
  ctx: AppContext,
  scope: DataScope,
  id: string,
): Promise<ReportRevision[]> {
  await reportInScope(ctx.db, scope, id);
  return (await repo.revisionsOf(ctx.db, id)).map((r) => ({
    id: r.id,
    indicatorCode: r.code,
    indicatorName: r.name,
    oldCumulative: r.old_cumulative,
    newCumulative: r.new_cumulative,
    oldPreviousYear: r.old_previous_year,
    newPreviousYear: r.new_previous_year,
    reason: r.reason,
    revisedBy: r.display_name ?? '',
    revisedAt: r.revised_at,
  }));
}

/** What the audit trail keeps of a report row. */
function summary(row: { period: string; enterprise_id: string; status: string; version: number }) {
  return { period: row.period, enterpriseId: row.enterprise_id, status: row.status, version: row.version };
}

export type { ReportListItem };
