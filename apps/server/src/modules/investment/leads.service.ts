import {
  InvestmentErrorCode,
  type Lead,
  type LeadCreateBody,
  type LeadDropBody,
  type LeadListQuery,
  type LeadUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import type { Database } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findAgentRow } from './agents.repository.js';
import { checkDate, checkDepartment, checkInvestors, pageOf, requireText } from './investment-checks.js';
import { shanghaiToday } from '../../platform/dates.js';
import { leadView } from './investment-views.js';
import type { InvestmentLeadTable } from './investment.tables.js';
import * as repo from './leads.repository.js';

const WHAT = '线索';

/** Checks what a lead refers to and returns the columns its body sets. */
async function columns(trx: Transaction<Database>, body: LeadCreateBody, before?: InvestmentLeadTable) {
  requireText(body.title, '线索名称');
  checkDate(body.receivedOn);
  if (body.investorId) await checkInvestors(trx, [body.investorId]);
  // 委托代理 names its agent; any other source has none.
  if ((body.source === 'agent') !== (body.agentId !== null))
    throw badRequest('来源为委托代理时须选择招商代理,其他来源不选', InvestmentErrorCode.agentMismatch);
  if (body.agentId && !(await findAgentRow(trx, body.agentId)))
    throw badRequest('所选招商代理不存在', InvestmentErrorCode.agentUnknown);
  if (
    body.followerUserId &&
    body.followerUserId !== before?.follower_user_id &&
    !(await repo.findStaffUser(trx, body.followerUserId))
  )
    throw badRequest('跟进人须为在用的工作人员账号', InvestmentErrorCode.followerUnknown);
  await checkDepartment(trx, body.departmentId, before?.department_id);
  return {
    title: body.title,
    investor_id: body.investorId,
    source: body.source,
    agent_id: body.agentId,
    industry_code: body.industryCode,
    estimated_investment_fen: body.estimatedInvestmentFen,
    received_on: body.receivedOn,
    follower_user_id: body.followerUserId,
    department_id: body.departmentId,
    note: body.note,
  };
}

/** The lead as just written, with its names. */
async function reread(trx: Transaction<Database>, scope: DataScope, id: string): Promise<Lead> {
  const row = await repo.findLead(trx, scope, id);
  if (!row) throw notFound(WHAT);
  return leadView(row);
}

/** A page of leads, latest received first. */
export async function listLeads(ctx: AppContext, scope: DataScope, query: LeadListQuery) {
  const { rows, total } = await repo.listLeads(ctx.db, ctx.dialect, scope, query, pageOf(query));
  return { items: rows.map(leadView), total };
}

/** One lead. */
export async function getLead(ctx: AppContext, scope: DataScope, id: string): Promise<Lead> {
  const row = await repo.findLead(ctx.db, scope, id);
  if (!row) throw notFound(WHAT);
  return leadView(row);
}

/** Records a lead; it starts open. */
export function createLead(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  body: LeadCreateBody,
): Promise<Lead> {
  return auditedChange(ctx, caller, 'lead.create', 'lead', async (trx) => {
    const at = ctx.clock.now().toISOString();
    const row: InvestmentLeadTable = {
      id: newId(),
      ...(await columns(trx, body)),
      status: 'open',
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertLead(trx, row);
    return { objectId: row.id, before: null, after: row, value: await reread(trx, scope, row.id) };
  });
}

/** Changes a lead's facts at the version the caller read; its status is left as it is. */
export function updateLead(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: LeadUpdateBody,
): Promise<Lead> {
  return auditedChange(ctx, caller, 'lead.update', 'lead', async (trx) => {
    const before = await repo.findLead(trx, scope, id);
    if (!before) throw notFound(WHAT);
    const values = { ...(await columns(trx, body, before)), updated_at: ctx.clock.now().toISOString() };
    const version = await updateVersioned(trx, 'investment_leads', id, body.version, values);
    return {
      objectId: id,
      before,
      after: { ...before, ...values, version },
      value: await reread(trx, scope, id),
    };
  });
}

/** Gives up an open lead with a reason; a converted or already dropped lead is refused (409). */
export function dropLead(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: LeadDropBody,
): Promise<Lead> {
  return auditedChange(ctx, caller, 'lead.drop', 'lead', async (trx) => {
    requireText(body.reason, '放弃原因');
    const before = await repo.findLead(trx, scope, id);
    if (!before) throw notFound(WHAT);
    if (before.status !== 'open')
      throw conflict(
        before.status === 'converted' ? '线索已转为项目,不能放弃' : '线索已放弃',
        InvestmentErrorCode.leadNotOpen,
      );
    const values = {
      status: 'dropped' as const,
      drop_reason: body.reason,
      dropped_on: shanghaiToday(ctx),
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'investment_leads', id, body.version, values);
    return {
      objectId: id,
      before,
      after: { ...before, ...values, version },
      value: await reread(trx, scope, id),
      detail: body.reason,
    };
  });
}
