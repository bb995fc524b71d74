import type { Qualification, QualificationBody } from '@kaifaqu/contracts';
import type { DataScope } from '../../platform/auth/data-scope.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import * as repo from './enterprises.repository.js';
import type { EnterpriseQualificationTable } from './enterprises.tables.js';

/** A qualification row as the API shows it. */
export function qualificationView(q: EnterpriseQualificationTable): Qualification {
  return {
    id: q.id,
    enterpriseId: q.enterprise_id,
    kind: q.kind,
    year: q.year,
    certificateNo: q.certificate_no,
    validFrom: q.valid_from,
    validTo: q.valid_to,
    board: q.board,
    version: q.version,
  };
}

/** Qualifications of an enterprise in scope. */
export async function listQualifications(
  ctx: AppContext,
  scope: DataScope,
  enterpriseId: string,
): Promise<Qualification[]> {
  if (!(await repo.findEnterprise(ctx.db, scope, enterpriseId))) throw notFound('企业');
  return (await repo.qualificationsOf(ctx.db, enterpriseId)).map(qualificationView);
}

/** Checks the shape a qualification kind needs (规上 by year; others by dates; 上市 with board). */
export function checkQualification(body: QualificationBody): void {
  if (body.kind === 'aboveScale' && body.year === null) throw badRequest('规上企业须填写年度');
  if (body.kind !== 'aboveScale' && (body.validFrom === null || body.validTo === null))
    throw badRequest('请填写有效期起止日期');
  if (body.validFrom && body.validTo && body.validTo < body.validFrom)
    throw badRequest('有效期截止日期不能早于起始日期');
  if (body.kind === 'listed' && !body.board) throw badRequest('上市企业须填写上市板块');
}

/** Adds a qualification to an enterprise in scope. */
export function addQualification(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  enterpriseId: string,
  body: QualificationBody,
): Promise<Qualification> {
  return auditedChange(ctx, caller, 'enterprise.qualification-add', 'enterprise', async (trx) => {
    if (!(await repo.findEnterprise(trx, scope, enterpriseId))) throw notFound('企业');
    checkQualification(body);
    const at = ctx.clock.now().toISOString();
    const row: EnterpriseQualificationTable = {
      id: newId(),
      enterprise_id: enterpriseId,
      kind: body.kind,
      year: body.kind === 'aboveScale' ? body.year : null,
      certificate_no: body.certificateNo,
      valid_from: body.validFrom,
      valid_to: body.validTo,
      board: body.board,
      status: 'active',
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertQualification(trx, row);
    return {
      objectId: enterpriseId,
      before: null,
      after: row,
      detail: `qualification ${body.kind}`,
      value: qualificationView(row),
    };
  });
}

/** Revokes a qualification recorded in error or withdrawn; the row is kept. */
export function revokeQualification(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  enterpriseId: string,
  id: string,
  version: number,
): Promise<void> {
  return auditedChange(ctx, caller, 'enterprise.qualification-revoke', 'enterprise', async (trx) => {
    if (!(await repo.findEnterprise(trx, scope, enterpriseId))) throw notFound('企业');
    const before = await repo.findQualification(trx, enterpriseId, id);
    if (!before || before.status !== 'active') throw notFound('资质');
    await updateVersioned(trx, 'enterprise_qualifications', id, version, {
      status: 'revoked',
      updated_at: ctx.clock.now().toISOString(),
    });
    return {
      objectId: enterpriseId,
      before,
      after: { ...before, status: 'revoked' },
      detail: `qualification ${before.kind} revoked`,
      value: undefined,
    };
  });
}
