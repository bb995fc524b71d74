import {
  HazardErrorCode,
  type SafetyAgreement,
  type SafetyAgreementCreateBody,
  type SafetyAgreementListQuery,
  type SafetyAgreementUpdateBody,
  type SafetyAgreementYear,
} from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { isUuid, newId } from '../../../platform/ids.js';
import { enterprisesRepository } from '../../enterprises/index.js';
import * as repo from './agreements.repository.js';
import { checkFiles, scopeOfCaller } from './hazards.service.js';
import { idList } from '../../../platform/dates.js';
import type { SafetyAgreementTable } from './hazards.tables.js';

function agreementView(row: SafetyAgreementTable): SafetyAgreement {
  return {
    id: row.id,
    year: Number(row.year),
    partyKind: row.party_kind,
    enterpriseId: row.enterprise_id,
    unitName: row.unit_name,
    project: row.project,
    signedOn: row.signed_on,
    signatories: row.signatories,
    fileIds: idList(row.file_ids),
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The agreements (安全生产责任书) of a year and the enterprises that have not signed one. */
export async function agreementsOfYear(
  ctx: AppContext,
  scope: DataScope,
  query: SafetyAgreementListQuery,
): Promise<SafetyAgreementYear> {
  const [rows, unsigned] = await Promise.all([
    repo.listAgreements(ctx.db, scope, query.year, query.partyKind),
    repo.unsignedEnterprises(ctx.db, scope, query.year),
  ]);
  return {
    items: rows.map(agreementView),
    unsigned: unsigned.map((e) => ({ enterpriseId: e.id, name: e.name })),
  };
}

/** Records a signed agreement: one per enterprise and year; a construction unit is named. */
export function createAgreement(
  ctx: AppContext,
  caller: Caller,
  body: SafetyAgreementCreateBody,
): Promise<SafetyAgreement> {
  return auditedChange(ctx, caller, 'safetyAgreement.create', 'safetyAgreement', async (trx) => {
    const scope = scopeOfCaller(caller);
    let party: Pick<SafetyAgreementTable, 'enterprise_id' | 'unit_name' | 'sub_park_id' | 'department_id'>;
    if (body.partyKind === 'enterprise') {
      const enterprise = body.enterpriseId
        ? await enterprisesRepository.findEnterprise(trx, scope, body.enterpriseId)
        : undefined;
      if (!enterprise) throw badRequest('请选择签订责任书的企业', HazardErrorCode.agreementPartyInvalid);
      if (await repo.enterpriseHasAgreement(trx, body.year, enterprise.id))
        throw conflict(
          `${enterprise.name}${body.year}年的安全生产责任书已登记`,
          HazardErrorCode.agreementDuplicate,
        );
      party = {
        enterprise_id: enterprise.id,
        unit_name: enterprise.name,
        sub_park_id: enterprise.sub_park_id,
        department_id: caller.auth?.departmentId ?? enterprise.department_id,
      };
    } else {
      const unitName = body.unitName?.trim();
      if (!unitName || body.enterpriseId)
        throw badRequest('施工单位须填写单位名称', HazardErrorCode.agreementPartyInvalid);
      party = {
        enterprise_id: null,
        unit_name: unitName,
        sub_park_id: null,
        department_id: caller.auth?.departmentId ?? null,
      };
    }
    const fileIds = [...new Set(body.fileIds ?? [])];
    await checkFiles(trx, scope, fileIds);
    const at = ctx.clock.now().toISOString();
    const row: SafetyAgreementTable = {
      id: newId(),
      year: body.year,
      party_kind: body.partyKind,
      ...party,
      project: body.project?.trim() || null,
      signed_on: body.signedOn,
      signatories: body.signatories,
      file_ids: JSON.stringify(fileIds),
      note: body.note ?? null,
      created_by: caller.auth?.userId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertAgreement(trx, row);
    return {
      objectId: row.id,
      before: null,
      after: row,
      value: agreementView(row),
      detail: `${row.year} ${row.unit_name}`,
    };
  });
}

async function agreementInScope(ctx: AppContext, caller: Caller, id: string, db = ctx.db) {
  const row = isUuid(id) ? await repo.findAgreement(db, scopeOfCaller(caller), id) : undefined;
  if (!row) throw notFound('安全生产责任书');
  return row;
}

/** Corrects an agreement; its year and party are fixed (a construction unit's name may change). */
export function updateAgreement(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: SafetyAgreementUpdateBody,
): Promise<SafetyAgreement> {
  return auditedChange(ctx, caller, 'safetyAgreement.update', 'safetyAgreement', async (trx) => {
    const before = await agreementInScope(ctx, caller, id, trx);
    const fileIds = [...new Set(body.fileIds ?? idList(before.file_ids))];
    await checkFiles(trx, scopeOfCaller(caller), fileIds);
    const unitName =
      before.party_kind === 'constructionUnit' ? body.unitName?.trim() || before.unit_name : before.unit_name;
    const values = {
      unit_name: unitName,
      project: body.project === undefined ? before.project : body.project?.trim() || null,
      signed_on: body.signedOn,
      signatories: body.signatories,
      file_ids: JSON.stringify(fileIds),
      note: body.note === undefined ? before.note : body.note,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'safety_agreements', id, body.version, values);
    const after = { ...before, ...values, version };
    return {
      objectId: id,
      before,
      after,
      value: agreementView(after),
      detail: `${after.year} ${after.unit_name}`,
    };
  });
}

/** Removes an agreement entered by mistake. */
export async function deleteAgreement(ctx: AppContext, caller: Caller, id: string): Promise<void> {
  await auditedChange(ctx, caller, 'safetyAgreement.delete', 'safetyAgreement', async (trx) => {
    const before = await agreementInScope(ctx, caller, id, trx);
    await repo.deleteAgreement(trx, id);
    return { objectId: id, before, after: null, value: null, detail: `${before.year} ${before.unit_name}` };
  });
}
