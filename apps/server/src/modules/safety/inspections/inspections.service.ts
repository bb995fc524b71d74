import {
  InspectionErrorCode,
  type InspectionCreateBody,
  type InspectionDetail,
  type InspectionItemCreateBody,
  type InspectionListQuery,
  type InspectionPage,
  type InspectionUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { enterprisesRepository } from '../../enterprises/index.js';
import type { InspectionTable } from '../safety.tables.js';
import * as checklists from './checklists.repository.js';
import { inspectionHazardView, inspectionView, itemView } from './inspection-view.js';
import { shanghaiToday } from '../../../platform/dates.js';
import * as repo from './inspections.repository.js';
import type { InspectionItemTable } from './inspections.tables.js';
import * as plans from './plans.repository.js';

/** A page of inspections in scope (an enterprise sees only its completed ones). */
export async function listInspections(
  ctx: AppContext,
  scope: DataScope,
  query: InspectionListQuery,
): Promise<InspectionPage> {
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.listInspections(ctx.db, scope, query, {
    offset: ((query.page ?? 1) - 1) * pageSize,
    limit: pageSize,
  });
  return { items: rows.map(inspectionView), total };
}

/** One inspection with its items and the hazards it registered; 404 outside the scope. */
export async function getInspection(
  ctx: AppContext,
  scope: DataScope,
  id: string,
): Promise<InspectionDetail> {
  const row = await repo.findInspectionView(ctx.db, scope, id);
  if (!row) throw notFound('检查记录');
  const [items, hazards] = await Promise.all([
    repo.itemsOfInspection(ctx.db, id),
    repo.hazardsOfInspection(ctx.db, id),
  ]);
  return { ...inspectionView(row), items: items.map(itemView), hazards: hazards.map(inspectionHazardView) };
}

/** The draft inspection in scope; 404 outside it, 409 once completed. */
export async function draftOf(
  trx: Transaction<Database>,
  scope: DataScope,
  id: string,
): Promise<InspectionTable> {
  const row = await repo.findInspection(trx, scope, id);
  if (!row) throw notFound('检查记录');
  if (row.status !== 'draft') throw conflict('检查已完成,不能再修改', InspectionErrorCode.completed);
  return row;
}

function checkDate(ctx: AppContext, date: string): void {
  if (date > shanghaiToday(ctx)) throw badRequest('检查日期不能晚于今天', InspectionErrorCode.futureDate);
}

/** A blank item of a draft. */
export function blankItem(
  inspectionId: string,
  seq: number,
  at: string,
  source: { checklistItemId: string | null; content: string; legalBasis: string; category: string },
): InspectionItemTable {
  return {
    id: newId(),
    inspection_id: inspectionId,
    checklist_item_id: source.checklistItemId,
    seq,
    content: source.content,
    legal_basis: source.legalBasis,
    result: null,
    note: '',
    photo_file_ids: '[]',
    hazard_grade: 'general',
    hazard_category: source.category,
    hazard_location: '',
    hazard_description: '',
    hazard_deadline: null,
    responsible_person: '',
    responsible_phone: null,
    hazard_id: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
}

/** Starts an inspection of an enterprise: a draft whose items are copied from the checklist. */
export async function createInspection(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  body: InspectionCreateBody,
): Promise<InspectionDetail> {
  const id = await auditedChange(ctx, caller, 'inspection.create', 'inspection', async (trx) => {
    const enterprise = await enterprisesRepository.findEnterprise(trx, scope, body.enterpriseId);
    if (!enterprise) throw notFound('企业');
    checkDate(ctx, body.inspectedOn);
    let kind = body.kind ?? 'routine';
    let checklistId = body.checklistId ?? null;
    if (body.planId) {
      const plan = await plans.findPlan(trx, body.planId);
      if (!plan) throw notFound('检查计划');
      if (plan.status !== 'active') throw conflict('检查计划已关闭', InspectionErrorCode.planClosed);
      if (!(await plans.planHasEnterprise(trx, plan.id, enterprise.id)))
        throw badRequest('该企业不在检查计划内', InspectionErrorCode.enterpriseNotInPlan);
      kind = plan.kind;
      if (body.checklistId === undefined) checklistId = plan.checklist_id;
    }
    const checklist = checklistId ? await checklists.findChecklist(trx, checklistId) : undefined;
    if (checklistId && (!checklist || checklist.status !== 'active'))
      throw badRequest('检查表不存在或已停用', InspectionErrorCode.checklistUnknown);
    const at = ctx.clock.now().toISOString();
    const row: InspectionTable = {
      id: newId(),
      plan_id: body.planId ?? null,
      checklist_id: checklistId,
      kind,
      enterprise_id: enterprise.id,
      sub_park_id: enterprise.sub_park_id,
      // Like hazards: the inspecting department, or the enterprise's when the caller has none.
      department_id: caller.auth?.departmentId ?? enterprise.department_id,
      inspected_on: body.inspectedOn,
      inspectors: body.inspectors.trim(),
      status: 'draft',
      summary: body.summary?.trim() ?? '',
      created_by: caller.auth?.userId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertInspection(trx, row);
    const templateItems = checklistId ? await checklists.itemsOf(trx, [checklistId]) : [];
    await repo.insertItems(
      trx,
      templateItems.map((item) =>
        blankItem(row.id, item.seq, at, {
          checklistItemId: item.id,
          content: item.content,
          legalBasis: item.legal_basis,
          category: item.hazard_category,
        }),
      ),
    );
    return { objectId: row.id, before: null, after: row, value: row.id };
  });
  return getInspection(ctx, scope, id);
}

/** Changes a draft's date, inspectors and summary. */
export async function updateInspection(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: InspectionUpdateBody,
): Promise<InspectionDetail> {
  await auditedChange(ctx, caller, 'inspection.update', 'inspection', async (trx) => {
    const before = await draftOf(trx, scope, id);
    checkDate(ctx, body.inspectedOn);
    const values = {
      inspected_on: body.inspectedOn,
      inspectors: body.inspectors.trim(),
      summary: body.summary.trim(),
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'inspections', id, body.version, values);
    return { objectId: id, before, after: { ...before, ...values, version }, value: undefined };
  });
  return getInspection(ctx, scope, id);
}

/** Adds an ad-hoc item to a free-form draft (one started without a checklist). */
export async function addItem(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: InspectionItemCreateBody,
): Promise<InspectionDetail> {
  await auditedChange(ctx, caller, 'inspection.item.add', 'inspection', async (trx) => {
    const inspection = await draftOf(trx, scope, id);
    if (inspection.checklist_id)
      throw conflict('按检查表检查时不能增加检查项', InspectionErrorCode.checklistItemsFixed);
    const items = await repo.itemsOfInspection(trx, id);
    const item = blankItem(id, items.length + 1, ctx.clock.now().toISOString(), {
      checklistItemId: null,
      content: body.content.trim(),
      legalBasis: body.legalBasis.trim(),
      category: body.hazardCategory,
    });
    await repo.insertItems(trx, [item]);
    return { objectId: id, before: null, after: item, value: undefined };
  });
  return getInspection(ctx, scope, id);
}
