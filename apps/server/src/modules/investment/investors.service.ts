import {
  InvestmentErrorCode,
  type Investor,
  type InvestorCreateBody,
  type InvestorDetail,
  type InvestorListQuery,
  type InvestorUpdateBody,
} from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { conflict, notFound, versionConflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { listActivities } from './activities.repository.js';
import { pageOf, requireText } from './investment-checks.js';
import { investorView, leadView, projectBriefView } from './investment-views.js';
import type { InvestorTable } from './investment.tables.js';
import * as repo from './investors.repository.js';
import { leadsLinked } from './leads.repository.js';
import { anyProjectLinked, linkedProjects } from './linked-projects.repository.js';

const WHAT = '客商';

/** The columns an investor body sets. */
function columns(body: InvestorCreateBody) {
  requireText(body.name, '客商名称');
  requireText(body.region, '所在地区');
  return {
    name: body.name,
    kind: body.kind,
    region: body.region,
    is_foreign: body.isForeign ? 1 : 0,
    industry_code: body.industryCode,
    contact_name: body.contactName,
    contact_phone: body.contactPhone,
    contact_title: body.contactTitle,
    note: body.note,
  };
}

/** A page of investors by name; phones masked. */
export async function listInvestors(ctx: AppContext, scope: DataScope, query: InvestorListQuery) {
  const { rows, total } = await repo.listInvestors(ctx.db, ctx.dialect, scope, query, pageOf(query));
  return { items: rows.map((row) => investorView(row, { maskContact: true })), total };
}

/** An investor with its leads, the projects in the caller's scope and the activities it was met at. */
export async function getInvestor(ctx: AppContext, scope: DataScope, id: string): Promise<InvestorDetail> {
  const row = await repo.findInvestor(ctx.db, scope, id);
  if (!row) throw notFound(WHAT);
  const [leads, projects, activities] = await Promise.all([
    leadsLinked(ctx.db, scope, 'investor_id', id),
    linkedProjects(ctx.db, scope, 'investor_id', id),
    listActivities(ctx.db, ctx.dialect, scope, { investorId: id }, { offset: 0, limit: 200 }),
  ]);
  return {
    ...investorView(row),
    leads: leads.map(leadView),
    projects: projects.map(projectBriefView),
    activities: activities.rows.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      startedOn: a.started_on,
    })),
  };
}

/** Records an investor. */
export function createInvestor(ctx: AppContext, caller: Caller, body: InvestorCreateBody): Promise<Investor> {
  return auditedChange(ctx, caller, 'investor.create', 'investor', async (trx) => {
    const at = ctx.clock.now().toISOString();
    const row: InvestorTable = { id: newId(), ...columns(body), version: 1, created_at: at, updated_at: at };
    await repo.insertInvestor(trx, row);
    return { objectId: row.id, before: null, after: row, value: investorView(row) };
  });
}

/** Changes an investor at the version the caller read. */
export function updateInvestor(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: InvestorUpdateBody,
): Promise<Investor> {
  return auditedChange(ctx, caller, 'investor.update', 'investor', async (trx) => {
    const before = await repo.findInvestor(trx, scope, id);
    if (!before) throw notFound(WHAT);
    const values = { ...columns(body), updated_at: ctx.clock.now().toISOString() };
    const version = await updateVersioned(trx, 'investors', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: investorView(after) };
  });
}

/** Deletes an investor recorded by mistake; refused while a lead, activity or project names it. */
export async function deleteInvestor(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  version: number,
): Promise<void> {
  await auditedChange(ctx, caller, 'investor.delete', 'investor', async (trx) => {
    const before = await repo.findInvestor(trx, scope, id);
    if (!before) throw notFound(WHAT);
    if ((await repo.investorReferenced(trx, id)) || (await anyProjectLinked(trx, 'investor_id', id)))
      throw conflict('该客商已有线索、活动或项目,不能删除', InvestmentErrorCode.investorReferenced);
    if ((await repo.deleteInvestor(trx, id, version)) !== 1) throw versionConflict();
    return { objectId: id, before, after: null, value: undefined };
  });
}
