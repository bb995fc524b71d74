import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import type { SqlDialect } from '../../platform/db/sql-dialect.js';
import { projectsInScope, zoneRecords } from './investment-scope.js';
import type { InvestmentAgentTable } from './investment.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An agent with what it brought: every lead, and the projects in the caller's scope. */
export type AgentRow = InvestmentAgentTable & { lead_count: number; project_count: number };

function withCounts(db: Db, scope: DataScope) {
  return db
    .selectFrom('investment_agents')
    .selectAll('investment_agents')
    .select((eb) => [
      eb
        .selectFrom('investment_leads')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('investment_leads.agent_id', '=', 'investment_agents.id')
        .as('lead_count'),
      eb
        .selectFrom('projects')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('projects.agent_id', '=', 'investment_agents.id')
        .where(projectsInScope(scope))
        .as('project_count'),
    ])
    .where(zoneRecords(scope));
}

function counted(
  row: Omit<AgentRow, 'lead_count' | 'project_count'> & { lead_count: unknown; project_count: unknown },
): AgentRow {
  return { ...row, lead_count: Number(row.lead_count ?? 0), project_count: Number(row.project_count ?? 0) };
}

/** A page of agents by name, with the total. */
export async function listAgents(
  db: Db,
  dialect: SqlDialect,
  scope: DataScope,
  q: string | undefined,
  page: { offset: number; limit: number },
): Promise<{ rows: AgentRow[]; total: number }> {
  const keyword = q;
  let count = db.selectFrom('investment_agents').where(zoneRecords(scope));
  let rows = withCounts(db, scope);
  if (keyword) {
    count = count.where((eb) => dialect.containsInsensitive(eb.ref('investment_agents.name'), keyword));
    rows = rows.where((eb) => dialect.containsInsensitive(eb.ref('investment_agents.name'), keyword));
  }
  const total = await count.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const found = await rows
    .orderBy('investment_agents.name')
    .orderBy('investment_agents.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows: found.map(counted), total: Number(total.n) };
}

/** One agent visible to the caller, with its counts. */
export async function findAgent(db: Db, scope: DataScope, id: string): Promise<AgentRow | undefined> {
  const row = await withCounts(db, scope).where('investment_agents.id', '=', id).executeTakeFirst();
  return row && counted(row);
}

/** The plain row of an agent (for writes and checks). */
export function findAgentRow(db: Db, id: string): Promise<InvestmentAgentTable | undefined> {
  return db.selectFrom('investment_agents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts an agent. */
export async function insertAgent(db: Db, row: InvestmentAgentTable): Promise<void> {
  await db.insertInto('investment_agents').values(row).execute();
}
