import {
  InspectionErrorCode,
  type InspectionFrequency,
  type InspectionPlan,
  type InspectionPlanCreateBody,
  type InspectionPlanDetail,
  type InspectionPlanListQuery,
  type InspectionPlanPage,
  type InspectionPlanUpdateBody,
  type SpecialTopic,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { organisationRepository } from '../../organisation/index.js';
import * as checklists from './checklists.repository.js';
import type { InspectionPlanTable } from './inspections.tables.js';
import * as repo from './plans.repository.js';

/** A plan as the API shows it, with its progress over the enterprises the caller sees. */
export function planView(row: InspectionPlanTable, enterprises: repo.PlanEnterpriseRow[]): InspectionPlan {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    frequency: row.frequency as InspectionFrequency | null,
    specialTopic: row.special_topic as SpecialTopic | null,
    jointDepartments: row.joint_departments,
    provider: row.provider,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    checklistId: row.checklist_id,
    departmentId: row.department_id,
    note: row.note,
    status: row.status,
    plannedCount: enterprises.length,
    inspectedCount: enterprises.filter((e) => e.completed_count > 0).length,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// Plans are the administration's schedule: enterprise accounts never see them.
const staffOnly = (scope: DataScope) => scope.kind !== 'enterprise';

/** A page of plans with their progress. */
export async function listPlans(
  ctx: AppContext,
  scope: DataScope,
  query: InspectionPlanListQuery,
): Promise<InspectionPlanPage> {
  if (!staffOnly(scope)) return { items: [], total: 0 };
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.listPlans(
    ctx.db,
    { kind: query.kind, status: query.status, activeOn: query.activeOn },
    { offset: ((query.page ?? 1) - 1) * pageSize, limit: pageSize },
  );
  const enterprises = await repo.planEnterprises(
    ctx.db,
    scope,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) =>
      planView(
        row,
        enterprises.filter((e) => e.plan_id === row.id),
      ),
    ),
    total,
  };
}

/** One plan with its enterprises and whether each was inspected. */
export async function getPlan(ctx: AppContext, scope: DataScope, id: string): Promise<InspectionPlanDetail> {
  const row = staffOnly(scope) ? await repo.findPlan(ctx.db, id) : undefined;
  if (!row) throw notFound('检查计划');
  const enterprises = await repo.planEnterprises(ctx.db, scope, [id]);
  return {
    ...planView(row, enterprises),
    enterprises: enterprises.map((e) => ({
      enterpriseId: e.enterprise_id,
      enterpriseName: e.enterprise_name,
      lastInspectedOn: e.last_inspected_on,
      completedCount: e.completed_count,
    })),
  };
}

/** The kind-specific fields, cleared where they do not apply; refuses what a kind needs but lacks. */
function kindFields(body: InspectionPlanCreateBody) {
  const invalid = (message: string) => badRequest(message, InspectionErrorCode.planInvalid);
  if (body.endsOn < body.startsOn) throw invalid('计划结束日期不能早于开始日期');
  if (body.kind === 'routine' && !body.frequency) throw invalid('日常检查计划须选择频次(日查/周查/月查)');
  if (body.kind === 'special' && !body.specialTopic) throw invalid('专项检查计划须选择专项类别');
  if (body.kind === 'joint' && !body.jointDepartments.trim()) throw invalid('联合检查计划须填写参与部门');
  if (body.kind === 'thirdParty' && !body.provider.trim()) throw invalid('第三方服务计划须填写服务机构');
  return {
    frequency: body.kind === 'routine' ? body.frequency : null,
    special_topic: body.kind === 'special' ? body.specialTopic : null,
    joint_departments: body.kind === 'joint' ? body.jointDepartments.trim() : '',
    provider: body.kind === 'thirdParty' ? body.provider.trim() : '',
  };
}

async function checkReferences(
  trx: Transaction<Database>,
  body: InspectionPlanCreateBody,
  current?: InspectionPlanTable,
): Promise<void> {
  if (body.checklistId && body.checklistId !== current?.checklist_id) {
    const checklist = await checklists.findChecklist(trx, body.checklistId);
    if (!checklist || checklist.status !== 'active')
      throw badRequest('检查表不存在或已停用', InspectionErrorCode.checklistUnknown);
  }
  if (body.departmentId && body.departmentId !== current?.department_id) {
    const department = await organisationRepository.findDepartment(trx, body.departmentId);
    if (!department || department.status !== 'active') throw badRequest('牵头部门不存在或已撤销');
  }
}

/** The plan's enterprises after an edit: the caller's choice, plus those outside the caller's scope it kept. */
async function enterpriseIdsFor(
  trx: Transaction<Database>,
  scope: DataScope,
  requested: string[],
  existing: string[],
): Promise<string[]> {
  const visible = await repo.visibleEnterpriseIds(trx, scope, requested);
  if (visible.length !== requested.length)
    throw badRequest('计划中的企业不存在或无权访问', InspectionErrorCode.planInvalid);
  const visibleExisting = new Set(await repo.visibleEnterpriseIds(trx, scope, existing));
  return [...new Set([...requested, ...existing.filter((id) => !visibleExisting.has(id))])];
}

/** Creates a plan for some enterprises. */
export function createPlan(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  body: InspectionPlanCreateBody,
): Promise<InspectionPlanDetail> {
  return auditedChange(ctx, caller, 'inspectionPlan.create', 'inspectionPlan', async (trx) => {
    const fields = kindFields(body);
    await checkReferences(trx, body);
    const enterpriseIds = await enterpriseIdsFor(trx, scope, body.enterpriseIds, []);
    const at = ctx.clock.now().toISOString();
    const row: InspectionPlanTable = {
      id: newId(),
      title: body.title.trim(),
      kind: body.kind,
      ...fields,
      starts_on: body.startsOn,
      ends_on: body.endsOn,
      checklist_id: body.checklistId,
      department_id: body.departmentId,
      note: body.note.trim(),
      status: 'active',
      created_by: caller.auth?.userId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertPlan(trx, row);
    await repo.replacePlanEnterprises(trx, row.id, enterpriseIds);
    return { objectId: row.id, before: null, after: { ...row, enterpriseIds }, value: row.id };
  }).then((id) => getPlan(ctx, scope, id));
}

/** Changes an active plan. */
export function updatePlan(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: InspectionPlanUpdateBody,
): Promise<InspectionPlanDetail> {
  return auditedChange(ctx, caller, 'inspectionPlan.update', 'inspectionPlan', async (trx) => {
    const before = await repo.findPlan(trx, id);
    if (!before) throw notFound('检查计划');
    if (before.status === 'closed') throw conflict('检查计划已关闭,不能修改', InspectionErrorCode.planClosed);
    const fields = kindFields(body);
    await checkReferences(trx, body, before);
    const existing = await repo.planEnterpriseIds(trx, id);
    const enterpriseIds = await enterpriseIdsFor(trx, scope, body.enterpriseIds, existing);
    const values = {
      title: body.title.trim(),
      kind: body.kind,
      ...fields,
      starts_on: body.startsOn,
      ends_on: body.endsOn,
      checklist_id: body.checklistId,
      department_id: body.departmentId,
      note: body.note.trim(),
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'inspection_plans', id, body.version, values);
    await repo.replacePlanEnterprises(trx, id, enterpriseIds);
    return {
      objectId: id,
      before: { ...before, enterpriseIds: existing },
      after: { ...before, ...values, version, enterpriseIds },
      value: id,
    };
  }).then(() => getPlan(ctx, scope, id));
}

/** Closes a plan: it stays for the record, no new inspections are filed under it. */
export function closePlan(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  expectedVersion: number,
): Promise<InspectionPlanDetail> {
  return auditedChange(ctx, caller, 'inspectionPlan.close', 'inspectionPlan', async (trx) => {
    const before = await repo.findPlan(trx, id);
    if (!before) throw notFound('检查计划');
    if (before.status === 'closed') throw conflict('检查计划已关闭', InspectionErrorCode.planClosed);
    const values = { status: 'closed' as const, updated_at: ctx.clock.now().toISOString() };
    const version = await updateVersioned(trx, 'inspection_plans', id, expectedVersion, values);
    return { objectId: id, before, after: { ...before, ...values, version }, value: id };
  }).then(() => getPlan(ctx, scope, id));
}
