import {
  EnvironmentErrorCode,
  PERMIT_VALIDITY_YEARS,
  type DischargePermit,
  type DischargePermitCreateBody,
  type DischargePermitListQuery,
  type DischargePermitUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound, unauthenticated } from '../../../platform/errors.js';
import { findFileInScope } from '../../../platform/files/files.repository.js';
import { newId } from '../../../platform/ids.js';
import { closeTodos } from '../../../platform/todos/todos.repository.js';
import { enterprisesRepository } from '../../enterprises/index.js';
import { daysBetween, validityEnd } from '../environment-values.js';
import { addDays, idList, shanghaiToday } from '../../../platform/dates.js';
import type { DischargePermitTable } from '../environment.tables.js';
import * as repo from './permits.repository.js';

/** The to-do kind of an expiring permit (closed when the permit is renewed or revoked). */
export const PERMIT_EXPIRY_TODO = 'environment.permit-expiring';

/** A permit as the API shows it, with its expiry computed against `today`. */
export function permitView(row: repo.PermitRow, today: string): DischargePermit {
  const expiresInDays = daysBetween(today, row.valid_to);
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    subParkId: row.sub_park_id,
    departmentId: row.department_id,
    permitNo: row.permit_no,
    managementClass: row.management_class,
    issuedOn: row.issued_on,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    pollutants: row.pollutants,
    fileIds: idList(row.file_ids),
    note: row.note,
    status: row.status,
    expiresInDays,
    expired: expiresInDays < 0,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function scopeOf(caller: Caller): DataScope {
  if (!caller.auth) throw unauthenticated();
  return caller.auth.scope;
}

/** The permits in the caller's scope. */
export async function listPermits(
  ctx: AppContext,
  scope: DataScope,
  query: DischargePermitListQuery,
): Promise<DischargePermit[]> {
  const today = shanghaiToday(ctx);
  const rows = await repo.listPermits(ctx.db, scope, {
    enterpriseId: query.enterpriseId,
    status: query.status,
    validToUntil:
      query.expiringWithinDays === undefined ? undefined : addDays(today, query.expiringWithinDays),
  });
  return rows.map((row) => permitView(row, today));
}

/** One permit in the caller's scope; 404 otherwise. */
export async function getPermit(ctx: AppContext, scope: DataScope, id: string): Promise<DischargePermit> {
  const row = await repo.findPermit(ctx.db, scope, id);
  if (!row) throw notFound('排污许可');
  return permitView(row, shanghaiToday(ctx));
}

type PermitFields = Omit<DischargePermitCreateBody, 'enterpriseId'>;

/** Checks the dates, number and attachments; returns the validity end (default 5 years less a day). */
async function checkedFields(
  trx: Transaction<Database>,
  scope: DataScope,
  body: PermitFields,
  exceptId?: string,
): Promise<string> {
  const validTo = body.validTo ?? validityEnd(body.validFrom, PERMIT_VALIDITY_YEARS);
  if (validTo <= body.validFrom)
    throw badRequest('有效期截止日期须晚于起始日期', EnvironmentErrorCode.permitDates);
  if (body.issuedOn > body.validFrom)
    throw badRequest('发证日期不能晚于有效期起始日期', EnvironmentErrorCode.permitDates);
  if (await repo.permitNoTaken(trx, body.permitNo, exceptId))
    throw conflict(`许可证编号 ${body.permitNo} 已登记`, EnvironmentErrorCode.permitNoTaken);
  for (const fileId of body.fileIds) {
    if (!(await findFileInScope(trx, scope, fileId))) throw badRequest('附件不存在或无权访问');
  }
  return validTo;
}

/** Registers a permit of an enterprise in the caller's scope. */
export function createPermit(
  ctx: AppContext,
  caller: Caller,
  body: DischargePermitCreateBody,
): Promise<DischargePermit> {
  const scope = scopeOf(caller);
  return auditedChange(ctx, caller, 'dischargePermit.create', 'dischargePermit', async (trx) => {
    const enterprise = await enterprisesRepository.findEnterprise(trx, scope, body.enterpriseId);
    if (!enterprise) throw notFound('企业');
    const validTo = await checkedFields(trx, scope, body);
    const at = ctx.clock.now().toISOString();
    const row: DischargePermitTable = {
      id: newId(),
      enterprise_id: enterprise.id,
      sub_park_id: enterprise.sub_park_id,
      department_id: caller.auth?.departmentId ?? null,
      permit_no: body.permitNo,
      management_class: body.managementClass,
      issued_on: body.issuedOn,
      valid_from: body.validFrom,
      valid_to: validTo,
      pollutants: body.pollutants,
      file_ids: JSON.stringify(body.fileIds),
      note: body.note,
      status: 'active',
      created_by: caller.auth?.userId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertPermit(trx, row);
    const view = permitView({ ...row, enterprise_name: enterprise.name }, shanghaiToday(ctx));
    return { objectId: row.id, before: null, after: row, value: view };
  });
}

/** Corrects or renews (延续) an active permit; a changed end date closes its expiry to-dos. */
export function updatePermit(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: DischargePermitUpdateBody,
): Promise<DischargePermit> {
  const scope = scopeOf(caller);
  return auditedChange(ctx, caller, 'dischargePermit.update', 'dischargePermit', async (trx) => {
    const before = await repo.findPermit(trx, scope, id);
    if (!before) throw notFound('排污许可');
    if (before.status === 'revoked')
      throw conflict('该排污许可已注销,不能修改', EnvironmentErrorCode.permitRevoked);
    const validTo = await checkedFields(trx, scope, body, id);
    const at = ctx.clock.now().toISOString();
    const values = {
      permit_no: body.permitNo,
      management_class: body.managementClass,
      issued_on: body.issuedOn,
      valid_from: body.validFrom,
      valid_to: validTo,
      pollutants: body.pollutants,
      file_ids: JSON.stringify(body.fileIds),
      note: body.note,
      updated_at: at,
    };
    const version = await updateVersioned(trx, 'discharge_permits', id, body.version, values);
    if (validTo !== before.valid_to) await closeTodos(trx, PERMIT_EXPIRY_TODO, id, at);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: permitView(after, shanghaiToday(ctx)) };
  });
}

/** Revokes (注销) a permit; its open expiry to-dos close. */
export function revokePermit(
  ctx: AppContext,
  caller: Caller,
  id: string,
  version: number,
): Promise<DischargePermit> {
  const scope = scopeOf(caller);
  return auditedChange(ctx, caller, 'dischargePermit.revoke', 'dischargePermit', async (trx) => {
    const before = await repo.findPermit(trx, scope, id);
    if (!before) throw notFound('排污许可');
    if (before.status === 'revoked') throw conflict('该排污许可已注销', EnvironmentErrorCode.permitRevoked);
    const at = ctx.clock.now().toISOString();
    const values = { status: 'revoked' as const, updated_at: at };
    const next = await updateVersioned(trx, 'discharge_permits', id, version, values);
    await closeTodos(trx, PERMIT_EXPIRY_TODO, id, at);
    const after = { ...before, ...values, version: next };
    return { objectId: id, before, after, value: permitView(after, shanghaiToday(ctx)) };
  });
}
