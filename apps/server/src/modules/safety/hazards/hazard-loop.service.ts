import {
  HazardErrorCode,
  type DeadlineBody,
  type HazardCreateBody,
  type HazardDetail,
  type RectificationBody,
  type ReinspectionBody,
  type RemediationPlanBody,
  type SupervisionBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import {
  type AppError,
  badRequest,
  conflict,
  forbidden,
  notFound,
  versionConflict,
} from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { closeTodos, raiseTodo } from '../../../platform/todos/todos.repository.js';
import { getHazard } from './hazard-read.service.js';
import * as repo from './hazards.repository.js';
import {
  checkFiles,
  raiseRectifyTodo,
  recordEvent,
  registerHazard,
  scopeOfCaller,
} from './hazards.service.js';
import { shanghaiToday } from '../../../platform/dates.js';

const OPEN = ['registered', 'submitted', 'returned'] as const;
const STATUS_ZH: Record<string, string> = {
  registered: '待整改',
  submitted: '待复查',
  returned: '退回重改',
  closed: '已销号',
};
/** The to-do kinds about a hazard; all close when it is closed (销号). */
const TODO_KINDS = ['hazard.rectify', 'hazard.reinspect', 'hazard.overdue', 'hazard.escalated'];

function illegal(status: string, what: string): AppError {
  return conflict(
    `隐患当前状态为「${STATUS_ZH[status] ?? status}」,不能${what}`,
    HazardErrorCode.invalidTransition,
  );
}

/** The hazard in the caller's scope, locked for the change; 404 outside it. */
async function lockHazard(trx: Transaction<Database>, ctx: AppContext, caller: Caller, id: string) {
  const row = await repo.findHazard(trx, scopeOfCaller(caller), id);
  if (!row) throw notFound('隐患');
  return row;
}

/** An enterprise account may act on its own enterprise's hazards only, and never as an inspector. */
function refuseEnterprise(caller: Caller): void {
  if (caller.auth?.scope.kind === 'enterprise' || caller.auth?.enterpriseId)
    throw forbidden('企业用户不能复查、销号或督办隐患');
}

/** Runs a change to one hazard, audited, and answers its detail afterwards. */
async function change(
  ctx: AppContext,
  caller: Caller,
  action: string,
  id: string,
  run: (trx: Transaction<Database>, hazard: repo.HazardWithName) => Promise<string>,
): Promise<HazardDetail> {
  await auditedChange(ctx, caller, action, 'hazard', async (trx) => {
    const hazard = await lockHazard(trx, ctx, caller, id);
    const detail = await run(trx, hazard);
    const after = await repo.findHazard(trx, scopeOfCaller(caller), id);
    return { objectId: id, before: hazard, after, value: null, detail: `${hazard.code} ${detail}` };
  });
  return getHazard(ctx, scopeOfCaller(caller), id);
}

/** Staff register a hazard by hand (source manual). */
export async function createHazard(
  ctx: AppContext,
  caller: Caller,
  body: HazardCreateBody,
): Promise<HazardDetail> {
  const row = await auditedChange(ctx, caller, 'hazard.register', 'hazard', async (trx) => {
    const hazard = await registerHazard(trx, ctx, caller, { ...body, source: 'manual' });
    return { objectId: hazard.id, before: null, after: hazard, value: hazard, detail: hazard.code };
  });
  return getHazard(ctx, scopeOfCaller(caller), row.id);
}

/** The enterprise reports its rectification (整改): registered/returned → submitted. */
export async function submitRectification(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: RectificationBody,
): Promise<HazardDetail> {
  return change(ctx, caller, 'hazard.rectify', id, async (trx, hazard) => {
    if (!(['registered', 'returned'] as string[]).includes(hazard.status))
      throw illegal(hazard.status, '提交整改');
    if (hazard.grade === 'major' && !(await repo.planOf(trx, id)))
      throw conflict('重大隐患须先提交治理方案,再提交整改', HazardErrorCode.planRequired);
    if (body.doneOn < hazard.found_on || body.doneOn > shanghaiToday(ctx))
      throw badRequest('整改完成日期须在发现日期与今天之间');
    await checkFiles(trx, scopeOfCaller(caller), body.photoFileIds);
    const at = ctx.clock.now().toISOString();
    const rectificationId = newId();
    await repo.insertRectification(trx, {
      id: rectificationId,
      hazard_id: id,
      done_on: body.doneOn,
      measures: body.measures,
      photo_file_ids: JSON.stringify([...new Set(body.photoFileIds)]),
      submitted_by: caller.auth?.userId ?? null,
      submitted_at: at,
      outcome: null,
      reason: null,
      evaluation: null,
      on_site_review_on: null,
      reinspected_on: null,
      reinspected_by: null,
    });
    if (
      !(await repo.transition(trx, id, ['registered', 'returned'], { status: 'submitted', updated_at: at }))
    )
      throw versionConflict();
    await recordEvent(trx, ctx, caller, id, {
      action: 'rectified',
      from: hazard.status,
      to: 'submitted',
      note: body.measures,
    });
    await closeTodos(trx, 'hazard.rectify', id, at);
    await raiseTodo(trx, {
      id: newId(),
      kind: 'hazard.reinspect',
      title: `隐患待复查: ${hazard.code} ${hazard.enterprise_name}`,
      user_id: null,
      department_id: hazard.department_id,
      enterprise_id: null,
      sub_park_id: hazard.sub_park_id,
      object_type: 'hazard',
      object_id: id,
      due_on: null,
      dedupe_key: `hazard.reinspect:${rectificationId}`,
      status: 'open',
      created_at: at,
      closed_at: null,
    });
    return '提交整改';
  });
}

/** Staff re-inspect (复查): close (销号) or return (退回) the pending rectification. */
export async function reinspect(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: ReinspectionBody,
): Promise<HazardDetail> {
  refuseEnterprise(caller);
  return change(ctx, caller, 'hazard.reinspect', id, async (trx, hazard) => {
    if (hazard.status !== 'submitted') throw illegal(hazard.status, '复查');
    const pending = await repo.pendingRectification(trx, id);
    if (!pending) throw illegal(hazard.status, '复查');
    const reason = body.reason.trim();
    if (body.outcome === 'return' && !reason) throw badRequest('退回须说明理由');
    if (
      body.outcome === 'close' &&
      hazard.grade === 'major' &&
      (!body.evaluation?.trim() || !body.onSiteReviewOn)
    )
      throw badRequest('重大隐患销号须有评估意见和现场审查日期', HazardErrorCode.evaluationRequired);
    if (body.reinspectedOn < pending.done_on || body.reinspectedOn > shanghaiToday(ctx))
      throw badRequest('复查日期须在整改完成日期与今天之间');
    const at = ctx.clock.now().toISOString();
    const to = body.outcome === 'close' ? 'closed' : 'returned';
    await repo.recordOutcome(trx, pending.id, {
      outcome: body.outcome,
      reason: reason || null,
      evaluation: body.evaluation?.trim() || null,
      on_site_review_on: body.onSiteReviewOn ?? null,
      reinspected_on: body.reinspectedOn,
      reinspected_by: caller.auth?.userId ?? null,
    });
    const closing =
      to === 'closed' ? { closed_on: body.reinspectedOn, closed_by: caller.auth?.userId ?? null } : {};
    if (!(await repo.transition(trx, id, ['submitted'], { status: to, updated_at: at, ...closing })))
      throw versionConflict();
    await recordEvent(trx, ctx, caller, id, {
      action: to,
      from: 'submitted',
      to,
      note: reason || body.evaluation || null,
    });
    await closeTodos(trx, 'hazard.reinspect', id, at);
    if (to === 'closed') for (const kind of TODO_KINDS) await closeTodos(trx, kind, id, at);
    else await raiseRectifyTodo(trx, ctx, hazard, pending.id, '隐患整改被退回');
    return to === 'closed' ? '复查销号' : `复查退回: ${reason}`;
  });
}

/** The six-part plan of a major hazard (重大隐患治理方案), by the enterprise or staff; replaces an earlier one. */
export async function savePlan(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: RemediationPlanBody,
): Promise<HazardDetail> {
  return change(ctx, caller, 'hazard.plan', id, async (trx, hazard) => {
    if (hazard.grade !== 'major') throw conflict('只有重大隐患需要治理方案', HazardErrorCode.notMajor);
    if (hazard.status === 'closed') throw illegal(hazard.status, '修改治理方案');
    const fileIds = [...new Set(body.fileIds ?? [])];
    await checkFiles(trx, scopeOfCaller(caller), fileIds);
    const at = ctx.clock.now().toISOString();
    await repo.savePlan(trx, {
      hazard_id: id,
      objective: body.objective,
      methods: body.methods,
      funding: body.funding,
      organisation: body.organisation,
      timeline: body.timeline,
      safety_measures: body.safetyMeasures,
      file_ids: JSON.stringify(fileIds),
      submitted_by: caller.auth?.userId ?? null,
      submitted_at: at,
    });
    if (!(await repo.transition(trx, id, OPEN, { updated_at: at }))) throw versionConflict();
    await recordEvent(trx, ctx, caller, id, {
      action: 'plan',
      from: hazard.status,
      to: hazard.status,
      note: body.objective,
    });
    return '治理方案';
  });
}

/** 挂牌督办 of an open major hazard (or a change of its level). */
export async function supervise(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: SupervisionBody,
): Promise<HazardDetail> {
  refuseEnterprise(caller);
  return change(ctx, caller, 'hazard.supervise', id, async (trx, hazard) => {
    if (hazard.grade !== 'major') throw conflict('只有重大隐患可以挂牌督办', HazardErrorCode.notMajor);
    if (hazard.status === 'closed') throw illegal(hazard.status, '挂牌督办');
    const at = ctx.clock.now().toISOString();
    if (
      !(await repo.transition(trx, id, OPEN, { supervised: 1, supervised_level: body.level, updated_at: at }))
    )
      throw versionConflict();
    const note = body.note.trim() ? `${body.level}: ${body.note.trim()}` : body.level;
    await recordEvent(trx, ctx, caller, id, {
      action: 'supervised',
      from: hazard.status,
      to: hazard.status,
      note,
    });
    return `挂牌督办 ${body.level}`;
  });
}

/** Extends (or corrects) the deadline of an open hazard, with a reason (延期). */
export async function changeDeadline(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: DeadlineBody,
): Promise<HazardDetail> {
  refuseEnterprise(caller);
  return change(ctx, caller, 'hazard.deadline', id, async (trx, hazard) => {
    if (hazard.status === 'closed') throw illegal(hazard.status, '修改整改期限');
    if (hazard.version !== body.version) throw versionConflict();
    if (body.deadline < hazard.found_on)
      throw badRequest('整改期限不能早于发现日期', HazardErrorCode.deadlineBeforeFound);
    const at = ctx.clock.now().toISOString();
    if (!(await repo.transition(trx, id, OPEN, { deadline: body.deadline, updated_at: at })))
      throw versionConflict();
    await repo.moveTodoDue(trx, id, body.deadline);
    const note = `${hazard.deadline} → ${body.deadline}: ${body.reason}`;
    await recordEvent(trx, ctx, caller, id, {
      action: 'deadline',
      from: hazard.status,
      to: hazard.status,
      note,
    });
    return `整改期限 ${note}`;
  });
}
