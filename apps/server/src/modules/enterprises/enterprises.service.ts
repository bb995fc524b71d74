import type {
  Enterprise,
  EnterpriseContactBody,
  EnterpriseCreateBody,
  EnterpriseHistory,
  EnterpriseListQuery,
  EnterpriseStatusBody,
  EnterpriseUpdateBody,
} from '@kaifaqu/contracts';
import { ErrorCode, isValidCreditCode } from '@kaifaqu/contracts';
import type { DataScope } from '../../platform/auth/data-scope.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enterpriseView } from './enterprise-view.js';
import {
  checkProfile,
  fieldChangeRows,
  listFilter,
  profileColumns,
  today,
  withinScope,
} from './enterprise-profile.js';
import * as repo from './enterprises.repository.js';
import type { EnterpriseTable } from './enterprises.tables.js';
import { canTransition, STATUS_NAMES } from './lifecycle.js';

/** A page of enterprises in the caller's scope. */
export async function listEnterprises(
  ctx: AppContext,
  scope: DataScope,
  query: EnterpriseListQuery,
): Promise<{ items: Enterprise[]; total: number }> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.listEnterprises(
    ctx.db,
    ctx.dialect,
    scope,
    listFilter(query, today(ctx)),
    {
      offset: (page - 1) * pageSize,
      limit: pageSize,
      sort: query.sort ?? 'name',
      order: query.order ?? 'asc',
    },
  );
  return { items: rows.map((r) => enterpriseView(r, { maskContact: true })), total };
}

/** One enterprise in scope; foreign ids answer 404. */
export async function getEnterprise(ctx: AppContext, scope: DataScope, id: string): Promise<Enterprise> {
  const row = await repo.findEnterprise(ctx.db, scope, id);
  if (!row) throw notFound('企业');
  return enterpriseView(row, { maskContact: false });
}

/** Registers an enterprise with its first lifecycle entry. */
export function createEnterprise(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  body: EnterpriseCreateBody,
): Promise<Enterprise> {
  return auditedChange(ctx, caller, 'enterprise.create', 'enterprise', async (trx) => {
    if (!isValidCreditCode(body.creditCode)) throw badRequest('统一社会信用代码校验位不正确');
    if ((await repo.takenCreditCodes(trx, [body.creditCode])).size > 0)
      throw conflict('该统一社会信用代码已登记');
    const departmentId = await checkProfile(trx, body);
    const at = ctx.clock.now().toISOString();
    const row: EnterpriseTable = {
      id: newId(),
      credit_code: body.creditCode,
      ...profileColumns(body, departmentId),
      status: body.status,
      status_since: body.statusSince,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    if (!withinScope(scope, row)) throw badRequest('只能登记本人数据范围内的企业');
    await repo.insertEnterprise(trx, row);
    await repo.insertStatus(trx, {
      id: newId(),
      enterprise_id: row.id,
      status: body.status,
      effective_on: body.statusSince,
      note: '登记',
      recorded_by: caller.auth?.userId ?? null,
      recorded_at: at,
    });
    return { objectId: row.id, before: null, after: row, value: enterpriseView(row, { maskContact: false }) };
  });
}

/** Changes a profile, keeping each changed field in the history. */
export function updateEnterprise(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: EnterpriseUpdateBody,
): Promise<Enterprise> {
  return auditedChange(ctx, caller, 'enterprise.update', 'enterprise', async (trx) => {
    const before = await repo.findEnterprise(trx, scope, id);
    if (!before) throw notFound('企业');
    const departmentId = await checkProfile(trx, body);
    const at = ctx.clock.now().toISOString();
    const values = { ...profileColumns(body, departmentId), updated_at: at };
    const after: EnterpriseTable = { ...before, ...values };
    if (!withinScope(scope, after)) throw badRequest('不能把企业移出本人的数据范围');
    after.version = await updateVersioned(trx, 'enterprises', id, body.version, values);
    await repo.insertChanges(trx, fieldChangeRows(before, after, caller.auth?.userId ?? null, at));
    return { objectId: id, before, after, value: enterpriseView(after, { maskContact: false }) };
  });
}

/** The enterprise's own user changes its contact fields. */
export function updateOwnContact(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: EnterpriseContactBody,
): Promise<Enterprise> {
  return auditedChange(ctx, caller, 'enterprise.update-contact', 'enterprise', async (trx) => {
    const before = await repo.findEnterprise(trx, scope, id);
    if (!before) throw notFound('企业');
    const at = ctx.clock.now().toISOString();
    const values = {
      contact_name: body.contactName,
      contact_phone: body.contactPhone,
      address: body.address,
      updated_at: at,
    };
    const after: EnterpriseTable = { ...before, ...values };
    after.version = await updateVersioned(trx, 'enterprises', id, body.version, values);
    await repo.insertChanges(trx, fieldChangeRows(before, after, caller.auth?.userId ?? null, at));
    return { objectId: id, before, after, value: enterpriseView(after, { maskContact: false }) };
  });
}

/** Moves an enterprise along its lifecycle, dated; illegal moves answer 409. */
export function changeStatus(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: EnterpriseStatusBody,
): Promise<Enterprise> {
  return auditedChange(ctx, caller, 'enterprise.status', 'enterprise', async (trx) => {
    const before = await repo.findEnterprise(trx, scope, id);
    if (!before) throw notFound('企业');
    if (!canTransition(before.status, body.status)) {
      throw new AppError(
        409,
        ErrorCode.invalidTransition,
        `企业状态不能从"${STATUS_NAMES[before.status]}"变为"${STATUS_NAMES[body.status]}"`,
      );
    }
    if (body.effectiveOn < before.status_since)
      throw badRequest(`生效日期不能早于当前状态的日期 ${before.status_since}`);
    if (body.effectiveOn > today(ctx)) throw badRequest('生效日期不能晚于今天');
    const at = ctx.clock.now().toISOString();
    const values = { status: body.status, status_since: body.effectiveOn, updated_at: at };
    const after: EnterpriseTable = { ...before, ...values };
    after.version = await updateVersioned(trx, 'enterprises', id, body.version, values);
    await repo.insertStatus(trx, {
      id: newId(),
      enterprise_id: id,
      status: body.status,
      effective_on: body.effectiveOn,
      note: body.note,
      recorded_by: caller.auth?.userId ?? null,
      recorded_at: at,
    });
    return {
      objectId: id,
      before: { status: before.status },
      after: { status: body.status, effectiveOn: body.effectiveOn },
      value: enterpriseView(after, { maskContact: false }),
    };
  });
}

/** Lifecycle and field history of an enterprise in scope. */
export async function enterpriseHistory(
  ctx: AppContext,
  scope: DataScope,
  id: string,
): Promise<EnterpriseHistory> {
  if (!(await repo.findEnterprise(ctx.db, scope, id))) throw notFound('企业');
  const [statuses, changes] = await Promise.all([
    repo.statusHistory(ctx.db, id),
    repo.fieldChanges(ctx.db, id),
  ]);
  return {
    statuses: statuses.map((s) => ({
      status: s.status,
      effectiveOn: s.effective_on,
      note: s.note,
      recordedAt: s.recorded_at,
      recordedBy: s.display_name,
    })),
    changes: changes.map((c) => ({
      field: c.field,
      oldValue: c.old_value,
      newValue: c.new_value,
      changedAt: c.changed_at,
      changedBy: c.display_name,
    })),
  };
}
