import type {
  EnterpriseCategory,
  ReportStatusCounts,
  ReportTask,
  ReportTaskCreateBody,
  ReportTaskListQuery,
} from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import * as repo from './reports.repository.js';
import type { EnterpriseReportTable, ReportTaskTable } from './reporting.tables.js';

/** Chinese names of the reporting categories. */
export const CATEGORY_NAMES: Record<EnterpriseCategory, string> = {
  aboveScaleIndustry: '规上工业',
  aboveScaleServices: '规上服务业',
  wholesaleRetail: '限上批零',
  construction: '建筑业',
  allEnterprises: '全部企业',
};

const emptyCounts = (): ReportStatusCounts => ({
  total: 0,
  notStarted: 0,
  draft: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
});

function taskView(row: ReportTaskTable, counts: ReportStatusCounts): ReportTask {
  return {
    id: row.id,
    period: row.period,
    enterpriseCategory: row.enterprise_category,
    title: row.title,
    deadline: row.deadline,
    status: row.status,
    counts,
    createdAt: row.created_at,
    version: row.version,
  };
}

/** Tasks of a year with their reports counted by status, within the caller's scope. */
export async function listTasks(ctx: AppContext, scope: DataScope, query: ReportTaskListQuery) {
  const tasks = await repo.listTasks(ctx.db, query.year);
  const counts = new Map(tasks.map((t) => [t.id, emptyCounts()]));
  for (const row of await repo.statusCounts(ctx.db, scope, [...counts.keys()])) {
    const c = counts.get(row.task_id)!;
    c[row.status] += Number(row.n);
    c.total += Number(row.n);
  }
  return tasks.map((t) => taskView(t, counts.get(t.id)!));
}

/** One task with its counts. */
export async function getTask(ctx: AppContext, scope: DataScope, id: string): Promise<ReportTask> {
  const task = await repo.findTask(ctx.db, id);
  if (!task) throw notFound('填报任务');
  return (await listTasks(ctx, scope, { year: Number(task.period.slice(0, 4)) })).find((t) => t.id === id)!;
}

/**
 * Opens a month's task: one report per enterprise of the category (or the listed ones), each
 * placed in the sub-park and industry it has today. Enterprises already reporting that month
 * under another category are left out.
 */
export function createTask(ctx: AppContext, caller: Caller, body: ReportTaskCreateBody): Promise<ReportTask> {
  return auditedChange(ctx, caller, 'reportTask.create', 'reportTask', async (trx) => {
    const today = ctx.clock.now().toISOString().slice(0, 10);
    if (body.period > today.slice(0, 7)) throw badRequest('不能为未来月份下发填报任务');
    if (body.deadline < `${body.period}-01`) throw badRequest('截止日期不能早于报告期');
    if (await repo.taskExists(trx, body.period, body.enterpriseCategory))
      throw conflict(`${body.period} ${CATEGORY_NAMES[body.enterpriseCategory]}填报任务已存在`);
    const year = Number(body.period.slice(0, 4));
    const members = body.enterpriseIds
      ? await repo.enterprisesByIds(trx, body.enterpriseIds)
      : await repo.categoryMembers(trx, body.enterpriseCategory, year);
    if (body.enterpriseIds && members.length !== body.enterpriseIds.length)
      throw badRequest('所列企业有不存在的');
    const taken = await repo.enterprisesReportedIn(
      trx,
      body.period,
      members.map((m) => m.id),
    );
    const covered = members.filter((m) => !taken.has(m.id));
    if (covered.length === 0) throw badRequest('没有需要填报的企业');

    const at = ctx.clock.now().toISOString();
    const task: ReportTaskTable = {
      id: newId(),
      period: body.period,
      enterprise_category: body.enterpriseCategory,
      title: body.title ?? `${body.period} ${CATEGORY_NAMES[body.enterpriseCategory]}月报`,
      deadline: body.deadline,
      status: 'open',
      created_by: caller.auth?.userId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertTask(trx, task);
    const reports: EnterpriseReportTable[] = covered.map((m) => ({
      id: newId(),
      task_id: task.id,
      period: body.period,
      enterprise_category: body.enterpriseCategory,
      enterprise_id: m.id,
      sub_park_id: m.sub_park_id,
      industry_division: m.industry_code.slice(0, 2),
      status: 'notStarted',
      explanations: '[]',
      return_comment: '',
      submitted_at: null,
      submitted_by: null,
      reviewed_at: null,
      reviewed_by: null,
      revision_count: 0,
      version: 1,
      created_at: at,
      updated_at: at,
    }));
    await repo.insertReports(trx, reports);
    const counts = { ...emptyCounts(), total: reports.length, notStarted: reports.length };
    return {
      objectId: task.id,
      before: null,
      after: { ...task, reports: reports.length },
      value: taskView(task, counts),
    };
  });
}
