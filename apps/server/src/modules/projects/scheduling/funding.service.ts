import {
  SchedulingErrorCode,
  type FundingSource,
  type FundingSourceCreateBody,
  type FundingSourceUpdateBody,
  type FundingSummary,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { badRequest, notFound, versionConflict } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { projectInScope, scopeOf } from './scheduling.access.js';
import * as repo from './scheduling.repository.js';
import type { ProjectFundingSourceTable } from './scheduling.tables.js';
import { fundingView } from './scheduling.views.js';

/** The funding sources of a project in scope, summed against its budget (planned investment). */
export async function fundingSummary(
  ctx: AppContext,
  scope: DataScope,
  projectId: string,
): Promise<FundingSummary> {
  const project = await projectInScope(ctx.db, scope, projectId);
  const items = (await repo.listFundingSources(ctx.db, projectId)).map(fundingView);
  return {
    items,
    budgetFen: project.planned_investment_cny_fen,
    totalFen: items.reduce((sum, s) => sum + s.amountFen, 0),
    arrivedFen: items.reduce((sum, s) => sum + s.arrivedFen, 0),
  };
}

/** A government works project in scope: funding sources are kept for government works only. */
async function worksProject(trx: Transaction<Database>, caller: Caller, projectId: string) {
  const project = await projectInScope(trx, scopeOf(caller), projectId);
  if (project.kind !== 'government')
    throw badRequest('资金来源仅适用于政府投资项目', SchedulingErrorCode.notGovernmentWorks);
  return project;
}

function checkArrived(body: { amountFen: number; arrivedFen: number }): void {
  if (body.arrivedFen > body.amountFen)
    throw badRequest('到位资金不能大于安排金额', SchedulingErrorCode.arrivedExceedsAmount);
}

/** Adds a funding source to a government works project. */
export function createFundingSource(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  body: FundingSourceCreateBody,
): Promise<FundingSource> {
  checkArrived(body);
  return auditedChange(ctx, caller, 'fundingSource.create', 'projectFundingSource', async (trx) => {
    await worksProject(trx, caller, projectId);
    const at = ctx.clock.now().toISOString();
    const row: ProjectFundingSourceTable = {
      id: newId(),
      project_id: projectId,
      source: body.source,
      amount_fen: body.amountFen,
      arrived_fen: body.arrivedFen,
      note: body.note,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertFundingSource(trx, row);
    return { objectId: row.id, before: null, after: row, value: fundingView(row) };
  });
}

/** Changes a funding source. */
export function updateFundingSource(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  id: string,
  body: FundingSourceUpdateBody,
): Promise<FundingSource> {
  checkArrived(body);
  return auditedChange(ctx, caller, 'fundingSource.update', 'projectFundingSource', async (trx) => {
    await worksProject(trx, caller, projectId);
    const before = await repo.findFundingSource(trx, projectId, id);
    if (!before) throw notFound('资金来源');
    const values = {
      source: body.source,
      amount_fen: body.amountFen,
      arrived_fen: body.arrivedFen,
      note: body.note,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'project_funding_sources', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: fundingView(after) };
  });
}

/** Removes a funding source entered by mistake. */
export async function deleteFundingSource(
  ctx: AppContext,
  caller: Caller,
  projectId: string,
  id: string,
  version: number,
): Promise<void> {
  await auditedChange(ctx, caller, 'fundingSource.delete', 'projectFundingSource', async (trx) => {
    await projectInScope(trx, scopeOf(caller), projectId);
    const before = await repo.findFundingSource(trx, projectId, id);
    if (!before) throw notFound('资金来源');
    if ((await repo.deleteFundingSource(trx, id, version)) !== 1) throw versionConflict();
    return { objectId: id, before, after: null, value: undefined };
  });
}
