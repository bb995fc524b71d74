import {
  CONSTRUCTION_MILESTONE_CODES,
  PERMIT_MILESTONE_CODES,
  SchedulingErrorCode,
  type Milestone,
  type MilestoneCreateBody,
  type MilestoneStandardBody,
  type MilestoneUpdateBody,
} from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound, versionConflict } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { closeTodos } from '../../../platform/todos/todos.repository.js';
import { checkOwnerUser, projectInScope, scopeOf } from './scheduling.access.js';
import * as repo from './scheduling.repository.js';
import type { ProjectMilestoneTable } from './scheduling.tables.js';
import { MILESTONE_NAMES, milestoneOverdue, milestoneView } from './scheduling.views.js';
import { shanghaiToday } from '../../../platform/dates.js';

/** The to-do kind of an overdue milestone. */
export const MILESTONE_TODO_KIND = 'schedule.milestoneOverdue';

const STANDARD_ORDER: string[] = [...PERMIT_MILESTONE_CODES, ...CONSTRUCTION_MILESTONE_CODES];
const kindOf = (code: string) =>
  (PERMIT_MILESTONE_CODES as readonly string[]).includes(code) ? 'permit' : 'construction';
const orderOf = (row: ProjectMilestoneTable) => {
  const index = STANDARD_ORDER.indexOf(row.code);
  return (row.kind === 'permit' ? 0 : 100) + (index < 0 ? 50 : index);
};

/** The milestones of a project in scope: permits, then construction, standard ones in their order. */
export async function listMilestones(
  ctx: AppContext,
  scope: DataScope,
  projectId: string,
): Promise<Milestone[]> {
  await projectInScope(ctx.db, scope, projectId);
  const today = shanghaiToday(ctx);
  const rows = await repo.listMilestones(ctx.db, projectId);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => orderOf(a.row) - orderOf(b.row) || a.i - b.i)
    .map(({ row }) => milestoneView(row, today));
}

/** An actual date records something that happened: it cannot lie in the future. */
function checkActual(actualOn: string | null, today: string): void {
  if (actualOn && actualOn > today) throw badRequest('实际完成日期不能晚于今天');
}

/** Adds one milestone; a standard code once per project, a custom one with its name. */
export async function createMilestone(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  body: MilestoneCreateBody,
): Promise<Milestone> {
  const today = shanghaiToday(ctx);
  return auditedChange(ctx, caller, 'milestone.create', 'projectMilestone', async (trx) => {
    await projectInScope(trx, scopeOf(caller), projectId);
    const name = body.code === 'custom' ? body.name?.trim() : body.name?.trim() || MILESTONE_NAMES[body.code];
    if (!name) throw badRequest('自定义节点须填写名称', SchedulingErrorCode.customNameRequired);
    if (body.code !== 'custom') {
      if (kindOf(body.code) !== body.kind) throw badRequest('节点类别与节点不符');
      const existing = await repo.listMilestones(trx, projectId);
      if (existing.some((m) => m.code === body.code))
        throw conflict(`该项目已有节点“${name}”`, SchedulingErrorCode.milestoneDuplicate);
    }
    checkActual(body.actualOn, today);
    await checkOwnerUser(trx, body.ownerUserId);
    const at = ctx.clock.now().toISOString();
    const row: ProjectMilestoneTable = {
      id: newId(),
      project_id: projectId,
      kind: body.kind,
      code: body.code,
      name,
      planned_on: body.plannedOn,
      actual_on: body.actualOn,
      owner_user_id: body.ownerUserId,
      note: body.note,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertMilestones(trx, [row]);
    return { objectId: row.id, before: null, after: row, value: milestoneView(row, today) };
  });
}

/** Creates the standard milestones the project does not have yet; returns all its milestones. */
export async function createStandardMilestones(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  body: MilestoneStandardBody,
): Promise<Milestone[]> {
  const kinds = body.kinds ?? ['permit', 'construction'];
  const planned = new Map((body.planned ?? []).map((p) => [p.code as string, p.plannedOn]));
  await auditedChange(ctx, caller, 'milestone.createStandard', 'project', async (trx) => {
    await projectInScope(trx, scopeOf(caller), projectId);
    const existing = new Set((await repo.listMilestones(trx, projectId)).map((m) => m.code));
    const at = ctx.clock.now().toISOString();
    const rows: ProjectMilestoneTable[] = STANDARD_ORDER.filter(
      (code) => kinds.includes(kindOf(code)) && !existing.has(code),
    ).map((code) => ({
      id: newId(),
      project_id: projectId,
      kind: kindOf(code),
      code,
      name: MILESTONE_NAMES[code]!,
      planned_on: planned.get(code) ?? null,
      actual_on: null,
      owner_user_id: null,
      note: '',
      version: 1,
      created_at: at,
      updated_at: at,
    }));
    await repo.insertMilestones(trx, rows);
    return { objectId: projectId, before: null, after: rows, value: undefined };
  });
  return listMilestones(ctx, scopeOf(caller), projectId);
}

/** Changes a milestone's dates, owner or note; a milestone no longer overdue closes its to-do. */
export function updateMilestone(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  id: string,
  body: MilestoneUpdateBody,
): Promise<Milestone> {
  const today = shanghaiToday(ctx);
  return auditedChange(ctx, caller, 'milestone.update', 'projectMilestone', async (trx) => {
    await projectInScope(trx, scopeOf(caller), projectId);
    const before = await repo.findMilestone(trx, projectId, id);
    if (!before) throw notFound('节点');
    checkActual(body.actualOn, today);
    await checkOwnerUser(trx, body.ownerUserId, before.owner_user_id);
    const name = before.code === 'custom' && body.name?.trim() ? body.name.trim() : before.name;
    const at = ctx.clock.now().toISOString();
    const values = {
      name,
      planned_on: body.plannedOn,
      actual_on: body.actualOn,
      owner_user_id: body.ownerUserId,
      note: body.note,
      updated_at: at,
    };
    const version = await updateVersioned(trx, 'project_milestones', id, body.version, values);
    const after = { ...before, ...values, version };
    if (!milestoneOverdue(after, today)) await closeTodos(trx, MILESTONE_TODO_KIND, id, at);
    return { objectId: id, before, after, value: milestoneView(after, today) };
  });
}

/** Removes a milestone entered by mistake (and its to-do); the audit row keeps it. */
export async function deleteMilestone(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  id: string,
  version: number,
): Promise<void> {
  await auditedChange(ctx, caller, 'milestone.delete', 'projectMilestone', async (trx) => {
    await projectInScope(trx, scopeOf(caller), projectId);
    const before = await repo.findMilestone(trx, projectId, id);
    if (!before) throw notFound('节点');
    if ((await repo.deleteMilestone(trx, id, version)) !== 1) throw versionConflict();
    await closeTodos(trx, MILESTONE_TODO_KIND, id, ctx.clock.now().toISOString());
    return { objectId: id, before, after: null, value: undefined };
  });
}
