import {
  InspectionErrorCode,
  type HazardCategory,
  type InspectionDetail,
  type InspectionItem,
  type InspectionItemUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { AppError, badRequest, notFound } from '../../../platform/errors.js';
import { findFileInScope } from '../../../platform/files/files.repository.js';
import { enterprisesRepository } from '../../enterprises/index.js';
import { registerHazard } from '../hazards/hazards.service.js';
import { itemView } from './inspection-view.js';
import { idList } from '../../../platform/dates.js';
import * as repo from './inspections.repository.js';
import { draftOf, getInspection } from './inspections.service.js';
import type { InspectionItemTable } from './inspections.tables.js';

/**
 * Photos must exist, be visible to the caller and belong to the inspected enterprise (uploaded with
 * its enterpriseId), so the enterprise can see the evidence of its hazards.
 */
async function checkPhotos(
  trx: Transaction<Database>,
  scope: DataScope,
  enterpriseId: string,
  ids: string[],
): Promise<void> {
  for (const id of new Set(ids)) {
    const file = await findFileInScope(trx, scope, id);
    if (!file || file.enterprise_id !== enterpriseId)
      throw badRequest('照片不存在,或上传时未关联被检查企业', InspectionErrorCode.fileUnknown);
  }
}

/** Answers one item of a draft: its result, note, photos and, for a failure, the hazard to register. */
export async function updateItem(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  inspectionId: string,
  itemId: string,
  body: InspectionItemUpdateBody,
): Promise<InspectionItem> {
  return auditedChange(ctx, caller, 'inspection.item.update', 'inspectionItem', async (trx) => {
    const inspection = await draftOf(trx, scope, inspectionId);
    const before = await repo.findItem(trx, inspectionId, itemId);
    if (!before) throw notFound('检查项');
    await checkPhotos(trx, scope, inspection.enterprise_id, body.photoFileIds);
    if (body.hazardDeadline && body.hazardDeadline < inspection.inspected_on)
      throw badRequest('整改期限不能早于检查日期', InspectionErrorCode.deadlineBeforeFound);
    const values = {
      result: body.result,
      note: body.note.trim(),
      photo_file_ids: JSON.stringify([...new Set(body.photoFileIds)]),
      hazard_grade: body.hazardGrade,
      hazard_category: body.hazardCategory,
      hazard_location: body.hazardLocation.trim(),
      hazard_description: body.hazardDescription.trim(),
      hazard_deadline: body.hazardDeadline,
      responsible_person: body.responsiblePerson.trim(),
      responsible_phone: body.responsiblePhone?.trim() || null,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'inspection_items', itemId, body.version, values);
    const after: InspectionItemTable = { ...before, ...values, version };
    return { objectId: itemId, before, after, value: itemView(after) };
  });
}

/** Why each item cannot be completed yet, as error details (empty when all is well). */
function problemsOf(items: InspectionItemTable[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const item of items) {
    const path = `/items/${item.seq}`;
    if (item.result === null) problems.push({ path, message: `第${item.seq}项未填写检查结果` });
    else if (item.result === 'fail' && !item.hazard_deadline)
      problems.push({ path, message: `第${item.seq}项不合格,须填写整改期限` });
  }
  return problems;
}

/**
 * Completes a draft: every item must be answered and every failure given a deadline; each failed
 * item registers a hazard in the same transaction. A completed inspection is final.
 */
export async function completeInspection(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  expectedVersion: number,
): Promise<InspectionDetail> {
  await auditedChange(ctx, caller, 'inspection.complete', 'inspection', async (trx) => {
    const before = await draftOf(trx, scope, id);
    const items = await repo.itemsOfInspection(trx, id);
    if (items.length === 0) throw badRequest('检查记录没有检查项', InspectionErrorCode.incomplete);
    const problems = problemsOf(items);
    if (problems.length > 0)
      throw new AppError(
        400,
        InspectionErrorCode.incomplete,
        problems.map((p) => p.message).join(';'),
        problems,
      );
    const values = { status: 'completed' as const, updated_at: ctx.clock.now().toISOString() };
    const version = await updateVersioned(trx, 'inspections', id, expectedVersion, values);
    const enterprise = await enterprisesRepository.findEnterprise(trx, scope, before.enterprise_id);
    const hazardIds: string[] = [];
    for (const item of items.filter((i) => i.result === 'fail')) {
      const hazard = await registerHazard(trx, ctx, caller, {
        enterpriseId: before.enterprise_id,
        source: 'inspection',
        inspectionId: id,
        inspectionItemId: item.id,
        location: item.hazard_location || enterprise?.address || enterprise?.name || '-',
        category: item.hazard_category as HazardCategory,
        grade: item.hazard_grade,
        description: item.hazard_description || item.content,
        legalBasis: item.legal_basis,
        photoFileIds: idList(item.photo_file_ids),
        foundOn: before.inspected_on,
        deadline: item.hazard_deadline!,
        responsiblePerson: item.responsible_person || enterprise?.contact_name || '-',
        responsiblePhone: item.responsible_phone ?? enterprise?.contact_phone ?? undefined,
      });
      await repo.setItemHazard(trx, item.id, hazard.id);
      hazardIds.push(hazard.id);
    }
    return {
      objectId: id,
      before,
      after: { ...before, ...values, version, hazardIds },
      value: undefined,
      detail: `登记隐患 ${hazardIds.length} 条`,
    };
  });
  return getInspection(ctx, scope, id);
}
