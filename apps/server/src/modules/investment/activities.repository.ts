import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import type { SqlDialect } from '../../platform/db/sql-dialect.js';
import { zoneRecords } from './investment-scope.js';
import type { InvestmentActivityTable } from './investment.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Filters of the activity list: kind, activities overlapping [from, to], an investor met, a keyword. */
export interface ActivityFilter {
  kind?: InvestmentActivityTable['kind'];
  from?: string;
  to?: string;
  investorId?: string;
  q?: string;
}

function filtered(db: Db, dialect: SqlDialect, scope: DataScope, f: ActivityFilter) {
  let query = db.selectFrom('investment_activities').where(zoneRecords(scope));
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.from) query = query.where('ended_on', '>=', f.from);
  if (f.to) query = query.where('started_on', '<=', f.to);
  // investor_ids is a JSON list of UUIDs: a quoted id cannot match anything else.
  if (f.investorId) query = query.where('investor_ids', 'like', `%"${f.investorId}"%`);
  if (f.q) {
    const q = f.q;
    query = query.where((eb) =>
      eb.or(
        (['title', 'place', 'participants', 'counterparts', 'outcome'] as const).map((column) =>
          dialect.containsInsensitive(eb.ref(`investment_activities.${column}`), q),
        ),
      ),
    );
  }
  return query;
}

/** A page of activities, newest first, with the total. */
export async function listActivities(
  db: Db,
  dialect: SqlDialect,
  scope: DataScope,
  filter: ActivityFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: InvestmentActivityTable[]; total: number }> {
  const total = await filtered(db, dialect, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, dialect, scope, filter)
    .selectAll()
    .orderBy('started_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows, total: Number(total.n) };
}

/** One activity visible to the caller. */
export function findActivity(
  db: Db,
  scope: DataScope,
  id: string,
): Promise<InvestmentActivityTable | undefined> {
  return db
    .selectFrom('investment_activities')
    .selectAll()
    .where('id', '=', id)
    .where(zoneRecords(scope))
    .executeTakeFirst();
}

/** Inserts an activity. */
export async function insertActivity(db: Db, row: InvestmentActivityTable): Promise<void> {
  await db.insertInto('investment_activities').values(row).execute();
}

/** Deletes an activity at the given version; returns how many rows went (0 when stale). */
export async function deleteActivity(db: Db, id: string, version: number): Promise<number> {
  const result = await db
    .deleteFrom('investment_activities')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
