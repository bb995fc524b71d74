import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import type { SqlDialect } from '../../platform/db/sql-dialect.js';
import { zoneRecords } from './investment-scope.js';
import type { InvestorTable } from './investment.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Filters of the investor list. */
export interface InvestorFilter {
  q?: string;
  kind?: InvestorTable['kind'];
  isForeign?: boolean;
}

function filtered(db: Db, dialect: SqlDialect, scope: DataScope, filter: InvestorFilter) {
  let query = db.selectFrom('investors').where(zoneRecords(scope));
  if (filter.q) {
    const q = filter.q;
    query = query.where((eb) =>
      eb.or([
        dialect.containsInsensitive(eb.ref('investors.name'), q),
        dialect.containsInsensitive(eb.ref('investors.contact_name'), q),
        dialect.containsInsensitive(eb.ref('investors.region'), q),
      ]),
    );
  }
  if (filter.kind) query = query.where('investors.kind', '=', filter.kind);
  if (filter.isForeign !== undefined)
    query = query.where('investors.is_foreign', '=', filter.isForeign ? 1 : 0);
  return query;
}

/** A page of investors by name, with the total. */
export async function listInvestors(
  db: Db,
  dialect: SqlDialect,
  scope: DataScope,
  filter: InvestorFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: InvestorTable[]; total: number }> {
  const total = await filtered(db, dialect, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, dialect, scope, filter)
    .selectAll('investors')
    .orderBy('investors.name')
    .orderBy('investors.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows, total: Number(total.n) };
}

/** One investor visible to the caller. */
export function findInvestor(db: Db, scope: DataScope, id: string): Promise<InvestorTable | undefined> {
  return db
    .selectFrom('investors')
    .selectAll()
    .where('id', '=', id)
    .where(zoneRecords(scope))
    .executeTakeFirst();
}

/** Names of those of the ids that are investors (unknown ids are simply missing). */
export async function investorNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('investors')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Inserts an investor. */
export async function insertInvestor(db: Db, row: InvestorTable): Promise<void> {
  await db.insertInto('investors').values(row).execute();
}

/** Deletes an investor at the given version; returns how many rows went (0 when stale). */
export async function deleteInvestor(db: Db, id: string, version: number): Promise<number> {
  const result = await db
    .deleteFrom('investors')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** True when a lead or an activity still names the investor. */
export async function investorReferenced(db: Db, id: string): Promise<boolean> {
  const lead = await db
    .selectFrom('investment_leads')
    .select('id')
    .where('investor_id', '=', id)
    .executeTakeFirst();
  if (lead) return true;
  // investor_ids is a JSON list of UUIDs: a quoted id cannot match anything else.
  const activity = await db
    .selectFrom('investment_activities')
    .select('id')
    .where('investor_ids', 'like', `%"${id}"%`)
    .executeTakeFirst();
  return !!activity;
}
