import type {
  InvestmentAgent,
  InvestmentAgentCreateBody,
  InvestmentAgentDetail,
  InvestmentAgentListQuery,
  InvestmentAgentUpdateBody,
} from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import * as repo from './agents.repository.js';
import { checkDates, pageOf, requireText } from './investment-checks.js';
import { agentView, leadView, projectBriefView } from './investment-views.js';
import type { InvestmentAgentTable } from './investment.tables.js';
import { leadsLinked } from './leads.repository.js';
import { linkedProjects } from './linked-projects.repository.js';

const WHAT = '招商代理';

function columns(body: InvestmentAgentCreateBody) {
  requireText(body.name, '代理名称');
  checkDates(body.contractFrom, body.contractTo, '代理合同');
  return {
    name: body.name,
    contact_name: body.contactName,
    contact_phone: body.contactPhone,
    contract_from: body.contractFrom,
    contract_to: body.contractTo,
    note: body.note,
  };
}

/** A page of agents by name with what each brought; phones masked. */
export async function listAgents(ctx: AppContext, scope: DataScope, query: InvestmentAgentListQuery) {
  const { rows, total } = await repo.listAgents(ctx.db, ctx.dialect, scope, query.q, pageOf(query));
  return { items: rows.map((row) => agentView(row, { maskContact: true })), total };
}

/** An agent with the leads and the projects (in the caller's scope) it brought. */
export async function getAgent(
  ctx: AppContext,
  scope: DataScope,
  id: string,
): Promise<InvestmentAgentDetail> {
  const row = await repo.findAgent(ctx.db, scope, id);
  if (!row) throw notFound(WHAT);
  const [leads, projects] = await Promise.all([
    leadsLinked(ctx.db, scope, 'agent_id', id),
    linkedProjects(ctx.db, scope, 'agent_id', id),
  ]);
  return { ...agentView(row), leads: leads.map(leadView), projects: projects.map(projectBriefView) };
}

/** Records an agent. */
export function createAgent(
  ctx: AppContext,
  caller: Caller,
  body: InvestmentAgentCreateBody,
): Promise<InvestmentAgent> {
  return auditedChange(ctx, caller, 'investmentAgent.create', 'investmentAgent', async (trx) => {
    const at = ctx.clock.now().toISOString();
    const row: InvestmentAgentTable = {
      id: newId(),
      ...columns(body),
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertAgent(trx, row);
    return {
      objectId: row.id,
      before: null,
      after: row,
      value: agentView({ ...row, lead_count: 0, project_count: 0 }),
    };
  });
}

/** Changes an agent at the version the caller read. */
export function updateAgent(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: InvestmentAgentUpdateBody,
): Promise<InvestmentAgent> {
  return auditedChange(ctx, caller, 'investmentAgent.update', 'investmentAgent', async (trx) => {
    const before = await repo.findAgent(trx, scope, id);
    if (!before) throw notFound(WHAT);
    const values = { ...columns(body), updated_at: ctx.clock.now().toISOString() };
    const version = await updateVersioned(trx, 'investment_agents', id, body.version, values);
    const { lead_count: _l, project_count: _p, ...plain } = before;
    const after = { ...plain, ...values, version };
    return { objectId: id, before: plain, after, value: agentView({ ...before, ...values, version }) };
  });
}
