import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import type { SqlDialect } from '../../platform/db/sql-dialect.js';
import './investment-extras.tables.js';
import { zoneRecords } from './investment-scope.js';
import type { InvestmentLeadTable } from './investment.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A lead with the names of its investor, agent and follower. */
export type LeadRow = InvestmentLeadTable & {
  investor_name: string | null;
  agent_name: string | null;
  follower_name: string | null;
};

/** Filters of the lead list (received dates inclusive). */
export interface LeadFilter {
  source?: string;
  status?: InvestmentLeadTable['status'];
  followerUserId?: string;
  investorId?: string;
  agentId?: string;
  q?: string;
  receivedFrom?: string;
  receivedTo?: string;
}

function joined(db: Db, scope: DataScope) {
  return db
    .selectFrom('investment_leads')
    .leftJoin('investors', 'investors.id', 'investment_leads.investor_id')
    .leftJoin('investment_agents', 'investment_agents.id', 'investment_leads.agent_id')
    .leftJoin('users', 'users.id', 'investment_leads.follower_user_id')
    .where(zoneRecords(scope));
}

function filtered(db: Db, dialect: SqlDialect, scope: DataScope, f: LeadFilter) {
  let query = joined(db, scope);
  if (f.source) query = query.where('investment_leads.source', '=', f.source);
  if (f.status) query = query.where('investment_leads.status', '=', f.status);
  if (f.followerUserId) query = query.where('investment_leads.follower_user_id', '=', f.followerUserId);
  if (f.investorId) query = query.where('investment_leads.investor_id', '=', f.investorId);
  if (f.agentId) query = query.where('investment_leads.agent_id', '=', f.agentId);
  if (f.receivedFrom) query = query.where('investment_leads.received_on', '>=', f.receivedFrom);
  if (f.receivedTo) query = query.where('investment_leads.received_on', '<=', f.receivedTo);
  if (f.q) {
    const q = f.q;
    query = query.where((eb) =>
      eb.or([
        dialect.containsInsensitive(eb.ref('investment_leads.title'), q),
        dialect.containsInsensitive(eb.ref('investors.name'), q),
      ]),
    );
  }
  return query;
}

function named<Q extends ReturnType<typeof joined>>(query: Q) {
  return query
    .selectAll('investment_leads')
    .select([
      'investors.name as investor_name',
      'investment_agents.name as agent_name',
      'users.display_name as follower_name',
    ]);
}

/** A page of leads, latest received first, with the total. */
export async function listLeads(
  db: Db,
  dialect: SqlDialect,
  scope: DataScope,
  filter: LeadFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: LeadRow[]; total: number }> {
  const total = await filtered(db, dialect, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await named(filtered(db, dialect, scope, filter))
    .orderBy('investment_leads.received_on', 'desc')
    .orderBy('investment_leads.created_at', 'desc')
    .orderBy('investment_leads.id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Leads naming this investor or brought by this agent, latest first (bounded). */
export function leadsLinked(
  db: Db,
  scope: DataScope,
  link: 'investor_id' | 'agent_id',
  id: string,
): Promise<LeadRow[]> {
  return named(joined(db, scope))
    .where(`investment_leads.${link}`, '=', id)
    .orderBy('investment_leads.received_on', 'desc')
    .orderBy('investment_leads.id', 'desc')
    .limit(500)
    .execute();
}

/** One lead visible to the caller, with names. */
export function findLead(db: Db, scope: DataScope, id: string): Promise<LeadRow | undefined> {
  return named(joined(db, scope)).where('investment_leads.id', '=', id).executeTakeFirst();
}

/** Inserts a lead. */
export async function insertLead(db: Db, row: InvestmentLeadTable): Promise<void> {
  await db.insertInto('investment_leads').values(row).execute();
}

/** A follower candidate: an active staff account (not an enterprise's). */
export function findStaffUser(db: Db, id: string): Promise<{ id: string; display_name: string } | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', '=', id)
    .where('status', '=', 'active')
    .where('scope_kind', '!=', 'enterprise')
    .executeTakeFirst();
}
