import { ProjectErrorCode, type FundsUpsertBody, type ProjectFunds } from '@kaifaqu/contracts';
import type { DataScope } from '../../platform/auth/data-scope.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import * as repo from './agreements.repository.js';
import { fundsView } from './project-view.js';
import { projectInScope } from './project-scope.js';

/** 到位资金 of a project in scope, by month and origin. */
export async function listFunds(
  ctx: AppContext,
  scope: DataScope,
  projectId: string,
): Promise<ProjectFunds[]> {
  await projectInScope(ctx.db, scope, projectId);
  return (await repo.fundsOf(ctx.db, projectId)).map(fundsView);
}

/**
 * Records the funds in place of a month and origin, replacing the figure already there (one row
 * per project, month and origin). Foreign funds carry their US-dollar amount beside the CNY one.
 */
export function upsertFunds(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  projectId: string,
  body: FundsUpsertBody,
): Promise<ProjectFunds> {
  return auditedChange(ctx, caller, 'project.funds.upsert', 'projectFunds', async (trx) => {
    await projectInScope(trx, scope, projectId);
    const usd = body.amountUsdCents ?? null;
    if (body.origin === 'foreign' && usd === null)
      throw badRequest('外资到位资金须填写美元金额', ProjectErrorCode.usdAmountRequired);
    if (body.origin !== 'foreign' && usd !== null)
      throw badRequest('只有外资到位资金填写美元金额', ProjectErrorCode.usdAmountNotAllowed);
    if (body.period > currentPeriod(ctx)) throw badRequest('不能登记未来月份的到位资金');
    const at = ctx.clock.now().toISOString();
    const before = await repo.findFunds(trx, projectId, body.period, body.origin);
    const values = {
      amount_cny_fen: body.amountCnyFen,
      amount_usd_cents: usd,
      note: body.note ?? '',
      recorded_by: caller.auth?.userId ?? null,
      updated_at: at,
    };
    if (before) {
      const after = { ...before, ...values, version: before.version + 1 };
      await repo.updateFunds(trx, before.id, { ...values, version: after.version });
      return { objectId: before.id, before, after, value: fundsView(after) };
    }
    const row = {
      id: newId(),
      project_id: projectId,
      period: body.period,
      origin: body.origin,
      ...values,
      version: 1,
      created_at: at,
    };
    await repo.insertFunds(trx, row);
    return { objectId: row.id, before: null, after: row, value: fundsView(row) };
  });
}

/** Removes one month's figure entered by mistake. */
export async function deleteFunds(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  projectId: string,
  id: string,
): Promise<void> {
  await auditedChange(ctx, caller, 'project.funds.delete', 'projectFunds', async (trx) => {
    await projectInScope(trx, scope, projectId);
    const before = await repo.findFundsById(trx, projectId, id);
    if (!before) throw notFound('到位资金记录');
    await repo.deleteFunds(trx, id);
    return { objectId: id, before, after: null, value: undefined };
  });
}

/** This month `YYYY-MM` in Asia/Shanghai. */
function currentPeriod(ctx: AppContext): string {
  return new Date(ctx.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
}
