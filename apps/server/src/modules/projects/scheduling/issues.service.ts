import {
  SchedulingErrorCode,
  type CoordinationIssue,
  type CoordinationIssueCreateBody,
  type CoordinationIssueListQuery,
  type CoordinationIssueTransitionBody,
  type CoordinationIssueUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { closeTodos } from '../../../platform/todos/todos.repository.js';
import * as coordination from './coordination.repository.js';
import { checkDepartment, checkOwnerUser, projectInScope, scopeOf } from './scheduling.access.js';
import type { CoordinationIssueTable } from './scheduling.tables.js';
import { issueView } from './scheduling.views.js';
import { shanghaiToday } from '../../../platform/dates.js';

/** The to-do kind of an overdue issue under supervision (督办). */
export const SUPERVISION_TODO_KIND = 'schedule.issueSupervision';

/** Legal moves of an issue: open → inProgress → solved, open → solved; solved is final. */
const TRANSITIONS: Record<CoordinationIssueTable['status'], readonly string[]> = {
  open: ['inProgress', 'solved'],
  inProgress: ['solved'],
  solved: [],
};
const STATUS_NAMES: Record<string, string> = { open: '待协调', inProgress: '协调中', solved: '已解决' };

/** Issues in scope matching the filters (the 督办 list). */
export async function listIssues(
  ctx: AppContext,
  scope: DataScope,
  query: CoordinationIssueListQuery,
): Promise<CoordinationIssue[]> {
  const today = shanghaiToday(ctx);
  const flag = (v?: 'true' | 'false') => (v === undefined ? undefined : v === 'true');
  const rows = await coordination.listIssues(
    ctx.db,
    scope,
    { ...query, overdue: flag(query.overdue), supervised: flag(query.supervised) },
    today,
  );
  return rows.map((row) => issueView(row, today));
}

/** The issues of a project in scope (404 outside it), nearest deadline first. */
export async function listProjectIssues(
  ctx: AppContext,
  scope: DataScope,
  projectId: string,
): Promise<CoordinationIssue[]> {
  await projectInScope(ctx.db, scope, projectId);
  return listIssues(ctx, scope, { projectId });
}

/** One issue in scope. */
export async function getIssue(ctx: AppContext, scope: DataScope, id: string): Promise<CoordinationIssue> {
  const row = await coordination.findIssue(ctx.db, scope, id);
  if (!row) throw notFound('协调事项');
  return issueView(row, shanghaiToday(ctx));
}

/** What a new issue needs besides its fields. */
export interface IssueOrigin {
  meetingId: string | null;
  decision: string;
}

/** Builds and inserts an issue on a project in scope; the caller's transaction holds it. */
export async function insertIssue(
  ctx: AppContext,
  trx: Transaction<Database>,
  caller: Caller,
  projectId: string,
  body: Omit<CoordinationIssueCreateBody, 'ownerUserId'> & { ownerUserId?: string | null },
  origin: IssueOrigin,
): Promise<CoordinationIssueTable> {
  const project = await projectInScope(trx, scopeOf(caller), projectId);
  await checkDepartment(trx, body.responsibleDepartmentId);
  await checkOwnerUser(trx, body.ownerUserId);
  const at = ctx.clock.now().toISOString();
  const row: CoordinationIssueTable = {
    id: newId(),
    project_id: project.id,
    stage: project.stage,
    description: body.description.trim(),
    responsible_department_id: body.responsibleDepartmentId,
    owner_user_id: body.ownerUserId ?? null,
    deadline: body.deadline,
    status: 'open',
    solution: '',
    solved_on: null,
    supervised: 0,
    supervised_at: null,
    meeting_id: origin.meetingId,
    decision: origin.decision,
    raised_by: caller.auth?.userId ?? null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await coordination.insertIssue(trx, row);
  return row;
}

/** Raises a coordination issue on a project, at the project's current stage. */
export async function createIssue(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  body: CoordinationIssueCreateBody,
): Promise<CoordinationIssue> {
  const id = await auditedChange(
    ctx,
    caller,
    'coordinationIssue.create',
    'coordinationIssue',
    async (trx) => {
      const row = await insertIssue(ctx, trx, caller, projectId, body, { meetingId: null, decision: '' });
      return { objectId: row.id, before: null, after: row, value: row.id };
    },
  );
  return getIssue(ctx, scopeOf(caller), id);
}

/** An issue the caller can see, locked into the transaction's view; solved ones are final. */
async function openIssue(trx: Transaction<Database>, caller: Caller, id: string) {
  const before = await coordination.findIssue(trx, scopeOf(caller), id);
  if (!before) throw notFound('协调事项');
  return before;
}

/** Changes an unsolved issue's description, department, owner or deadline. */
export async function updateIssue(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: CoordinationIssueUpdateBody,
): Promise<CoordinationIssue> {
  await auditedChange(ctx, caller, 'coordinationIssue.update', 'coordinationIssue', async (trx) => {
    const before = await openIssue(trx, caller, id);
    if (before.status === 'solved')
      throw conflict('该事项已解决,不能再修改', SchedulingErrorCode.issueSolved);
    await checkDepartment(trx, body.responsibleDepartmentId, before.responsible_department_id);
    await checkOwnerUser(trx, body.ownerUserId, before.owner_user_id);
    const values = {
      description: body.description.trim(),
      responsible_department_id: body.responsibleDepartmentId,
      owner_user_id: body.ownerUserId,
      deadline: body.deadline,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'coordination_issues', id, body.version, values);
    // A deadline moved out of the past ends the current supervision to-do (the flag stays: it happened).
    if (body.deadline >= shanghaiToday(ctx))
      await closeTodos(trx, SUPERVISION_TODO_KIND, id, values.updated_at);
    return { objectId: id, before, after: { ...before, ...values, version }, value: undefined };
  });
  return getIssue(ctx, scopeOf(caller), id);
}

/** Moves an issue on; solving records the solution and closes its supervision to-dos. */
export async function transitionIssue(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: CoordinationIssueTransitionBody,
): Promise<CoordinationIssue> {
  const today = shanghaiToday(ctx);
  await auditedChange(ctx, caller, `coordinationIssue.${body.to}`, 'coordinationIssue', async (trx) => {
    const before = await openIssue(trx, caller, id);
    if (!TRANSITIONS[before.status].includes(body.to))
      throw conflict(
        `协调事项不能从“${STATUS_NAMES[before.status]}”变为“${STATUS_NAMES[body.to]}”`,
        SchedulingErrorCode.illegalTransition,
      );
    const at = ctx.clock.now().toISOString();
    const values: Partial<CoordinationIssueTable> = { status: body.to, updated_at: at };
    if (body.to === 'solved') {
      const solution = body.solution?.trim();
      if (!solution) throw badRequest('请填写解决情况');
      const solvedOn = body.solvedOn ?? today;
      if (solvedOn > today) throw badRequest('解决日期不能晚于今天');
      values.solution = solution;
      values.solved_on = solvedOn;
    }
    const version = await updateVersioned(trx, 'coordination_issues', id, body.version, values);
    if (body.to === 'solved') await closeTodos(trx, SUPERVISION_TODO_KIND, id, at);
    return { objectId: id, before, after: { ...before, ...values, version }, value: undefined };
  });
  return getIssue(ctx, scopeOf(caller), id);
}
