import {
  ImportErrorCode,
  type ImportErrorBody,
  type ReportImportResult,
  type ReportStatus,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { actorOf } from '../../../platform/auth/auth-context.js';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError, conflict, notFound } from '../../../platform/errors.js';
import { loadWorkbook, uploadProblem, type ImportUpload } from '../../../platform/excel/upload.js';
import type { Workbook } from '../../../platform/http/workbook-reply.js';
import { newId } from '../../../platform/ids.js';
import { closeTodosOf } from '../../../platform/todos/todos.repository.js';
import { periodOf } from '../figures/index.js';
import type { IndicatorTable } from '../indicators.tables.js';
import * as importRepo from './report-import.repository.js';
import { planImport, sameValue, type ImportPlan, type PlannedReport } from './report-import.plan.js';
import { formIndicators, parseExplanations } from './report-form.js';
import { CATEGORY_NAMES } from './report-tasks.service.js';
import { readImportSheet, templateWorkbook } from './report-workbook.js';
import * as repo from './reports.repository.js';
import type { ReportTaskTable } from './reporting.tables.js';
import { addToRollups, valueDelta, type RollupDelta } from './rollups.repository.js';

/** The answer of an import: counts when everything was written, or every problem when nothing was. */
export type ReportImportOutcome =
  { ok: true; result: ReportImportResult } | { ok: false; error: ImportErrorBody };

/** The reason recorded on every revision an import makes. */
export const IMPORT_REVISION_REASON = '月度导入修订';
const MAX_PROBLEMS_SHOWN = 1_000; // bounds the response; the message still gives the full count
const MAX_EXPLANATION = 500;

function scopeOf(caller: Caller): DataScope {
  if (!caller.auth) throw new Error('report imports need a signed-in caller');
  return caller.auth.scope;
}

async function taskOf(ctx: AppContext, id: string): Promise<ReportTaskTable> {
  const task = await repo.findTask(ctx.db, id);
  if (!task) throw notFound('填报任务');
  return task;
}

/** The month's import template: the task's reports in the caller's scope with the values they already have. */
export async function reportTemplate(ctx: AppContext, caller: Caller, taskId: string): Promise<Workbook> {
  const task = await taskOf(ctx, taskId);
  const scope = scopeOf(caller);
  const indicators = await formIndicators(ctx.db, task.enterprise_category);
  const reports = await importRepo.taskReportsInScope(ctx.db, scope, task.id);
  const values = await importRepo.valuesOfTaskReports(ctx.db, scope, task.id);
  const byReport = new Map(reports.map((r) => [r.id, new Map<string, (typeof values)[number]>()]));
  for (const v of values) byReport.get(v.report_id)?.set(v.indicator_id, v);
  const rows = reports.map((r) => ({
    creditCode: r.credit_code,
    name: r.name,
    values: byReport.get(r.id)!,
    explanation: [...new Set(parseExplanations(r.explanations).map((e) => e.text))]
      .join(';')
      .slice(0, MAX_EXPLANATION),
  }));
  const content = await templateWorkbook(task, indicators, rows);
  // The template carries reported figures: its download is audited like an export.
  await ctx.audit({
    actor: actorOf(caller.auth),
    ip: caller.ip,
    action: 'report.template',
    objectType: 'reportTask',
    objectId: task.id,
    result: 'success',
    detail: JSON.stringify({ rows: rows.length }),
  });
  return { fileName: `${task.period}${CATEGORY_NAMES[task.enterprise_category]}月报导入模板.xlsx`, content };
}

/**
 * Imports a month of reports from an xlsx (security.md 15): bounded before exceljs reads it, every
 * cell and the submission checks validated, then every report written and approved in one
 * transaction with one audit row — or nothing at all. Re-importing the same file changes nothing.
 */
export async function importReports(
  ctx: AppContext,
  caller: Caller,
  taskId: string,
  upload: ImportUpload,
): Promise<ReportImportOutcome> {
  const task = await taskOf(ctx, taskId);
  const failed = (detail: object) =>
    ctx.audit({
      actor: actorOf(caller.auth),
      ip: caller.ip,
      action: 'report.import',
      objectType: 'reportTask',
      objectId: task.id,
      result: 'failure',
      detail: JSON.stringify({ file: upload.fileName, ...detail }),
    });
  const refuse = async (message: string) => {
    await failed({ reason: message });
    return new AppError(400, ImportErrorCode.fileInvalid, message);
  };
  const unfit = uploadProblem(upload);
  if (unfit) throw await refuse(unfit);
  const workbook = await loadWorkbook(upload.content);
  if (typeof workbook === 'string') throw await refuse(workbook);
  const indicators = await formIndicators(ctx.db, task.enterprise_category);
  const sheet = readImportSheet(workbook, indicators);
  if (typeof sheet === 'string') throw await refuse(sheet);
  if (/^\d{4}-\d{2}$/.test(sheet.name) && sheet.name !== task.period)
    throw await refuse(`该文件是 ${sheet.name} 的月报,与本任务的报告期 ${task.period} 不符`);

  const plan = planImport(sheet, await planInput(ctx, scopeOf(caller), task, indicators));
  if (plan.problems.length > 0) {
    await failed({ problems: plan.problems.length });
    return {
      ok: false,
      error: {
        code: ImportErrorCode.rowsInvalid,
        message: `导入文件有 ${plan.problems.length} 处错误,未导入任何数据`,
        problems: plan.problems.slice(0, MAX_PROBLEMS_SHOWN),
      },
    };
  }
  const result = counts(plan);
  await auditedChange(ctx, caller, 'report.import', 'reportTask', async (trx) => {
    await writePlan(trx, plan, indicators, caller.auth?.userId ?? null, ctx.clock.now().toISOString());
    return {
      objectId: task.id,
      before: null,
      after: result,
      detail: JSON.stringify({ file: upload.fileName, ...result }),
      value: result,
    };
  });
  return { ok: true, result };
}

/** Everything the checks compare against, in a few queries for the whole task. */
async function planInput(
  ctx: AppContext,
  scope: DataScope,
  task: ReportTaskTable,
  indicators: IndicatorTable[],
) {
  const [year, month] = task.period.split('-').map(Number) as [number, number];
  const earlierPeriods = Array.from({ length: month - 1 }, (_, i) => periodOf(year, i + 1));
  return {
    indicators,
    reports: await importRepo.taskReportsInScope(ctx.db, scope, task.id),
    values: await importRepo.valuesOfTaskReports(ctx.db, scope, task.id),
    earlierValues: await importRepo.monthValuesOfTaskEnterprises(
      ctx.db,
      ctx.dialect,
      scope,
      task.id,
      earlierPeriods,
    ),
    earlierPeriods,
  };
}

function counts(plan: ImportPlan): ReportImportResult {
  const of = (outcome: PlannedReport['outcome']) => plan.writes.filter((w) => w.outcome === outcome).length;
  return {
    created: of('created'),
    updated: of('updated'),
    unchanged: plan.unchanged,
    revised: of('revised'),
  };
}

/**
 * Writes a plan set-based: reports moved in groups of the same status and version (a report that
 * someone changed since it was read makes the whole import fail with 409), values replaced in
 * multi-row inserts, revisions recorded, and the roll-ups moved once.
 */
async function writePlan(
  trx: Transaction<Database>,
  plan: ImportPlan,
  indicators: IndicatorTable[],
  userId: string | null,
  at: string,
): Promise<void> {
  const groups = new Map<string, { writes: PlannedReport[]; status: ReportStatus; version: number }>();
  for (const w of plan.writes) {
    const explanations = JSON.stringify(w.explanations);
    const key = JSON.stringify([w.outcome === 'revised', w.report.status, w.report.version, explanations]);
    const group = groups.get(key) ?? { writes: [], status: w.report.status, version: w.report.version };
    group.writes.push(w);
    groups.set(key, group);
  }
  let changed = 0;
  for (const { writes, status, version } of groups.values()) {
    const revision = writes[0]!.outcome === 'revised';
    const explanations = JSON.stringify(writes[0]!.explanations);
    const changes: importRepo.ReportChanges = revision
      ? { explanations, updated_at: at }
      : {
          status: 'approved',
          explanations,
          return_comment: '',
          reviewed_at: at,
          reviewed_by: userId,
          updated_at: at,
          // The import stands in for the enterprise's submission where there was none.
          ...(status === 'submitted' ? {} : { submitted_at: at, submitted_by: userId }),
        };
    const ids = writes.map((w) => w.report.id);
    changed += await importRepo.updateReports(trx, ids, { status, version }, changes, revision);
  }
  if (changed !== plan.writes.length)
    throw conflict('导入期间有月报被他人修改,请重新导入', 'IMPORT_CONFLICT');

  await importRepo.replaceIndicatorValues(
    trx,
    // Only reports that had values have any to delete.
    plan.writes.filter((w) => w.before.size > 0).map((w) => w.report.id),
    indicators.map((i) => i.id),
    plan.writes.flatMap((w) => w.values),
  );
  const revised = plan.writes.filter((w) => w.outcome === 'revised');
  await importRepo.insertRevisionRows(
    trx,
    revised.flatMap((w) =>
      w.values
        .filter((v) => !sameValue(w.before.get(v.indicator_id), v))
        .map((v) => ({
          id: newId(),
          report_id: w.report.id,
          indicator_id: v.indicator_id,
          old_cumulative: w.before.get(v.indicator_id)?.cumulative ?? null,
          new_cumulative: v.cumulative,
          old_previous_year: w.before.get(v.indicator_id)?.previous_year ?? null,
          new_previous_year: v.previous_year,
          reason: IMPORT_REVISION_REASON,
          revised_by: userId,
          revised_at: at,
        })),
    ),
  );
  const approved = plan.writes.filter((w) => w.outcome !== 'revised');
  await closeTodosOf(
    trx,
    'report.reminder',
    approved.map((w) => w.report.id),
    at,
  );
  await addToRollups(trx, rollupChanges(plan.writes));
}

/**
 * The roll-up changes of the written reports, summed per sub-park and industry first: the reports
 * of a task share its month and category, so thousands of reports make a few dozen roll-up rows.
 */
function rollupChanges(writes: readonly PlannedReport[]) {
  const groups = new Map<string, { report: PlannedReport['report']; sums: Map<string, RollupDelta> }>();
  for (const w of writes) {
    const key = `${w.report.sub_park_id ?? ''}|${w.report.industry_division}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { report: w.report, sums: new Map() }));
    for (const d of rollupDeltas(w)) {
      const sum = group.sums.get(d.indicatorId);
      if (!sum) group.sums.set(d.indicatorId, { ...d });
      else {
        sum.cumulative += d.cumulative;
        sum.previous += d.previous;
        sum.reporters += d.reporters;
      }
    }
  }
  return [...groups.values()].map((g) => ({ report: g.report, deltas: [...g.sums.values()] }));
}

/** A newly approved report adds all its values; a revised one moves by each changed value's difference. */
function rollupDeltas(w: PlannedReport): RollupDelta[] {
  if (w.outcome === 'revised')
    return w.values
      .filter((v) => !sameValue(w.before.get(v.indicator_id), v))
      .map((v) => valueDelta(v.indicator_id, w.before.get(v.indicator_id), v));
  const after = new Map(w.before);
  for (const v of w.values) after.set(v.indicator_id, v);
  return [...after.values()].map((v) => valueDelta(v.indicator_id, undefined, v));
}
