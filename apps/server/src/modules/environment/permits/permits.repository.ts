import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import type { DischargePermitTable } from '../environment.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Who owns a permit, for scope filters. */
export const PERMIT_SCOPE = {
  enterprise: 'discharge_permits.enterprise_id',
  subPark: 'discharge_permits.sub_park_id',
  department: 'discharge_permits.department_id',
} as const;

/** A permit with its enterprise's name. */
export type PermitRow = DischargePermitTable & { enterprise_name: string };

/** Filters of the permit list. */
export interface PermitFilter {
  enterpriseId?: string;
  status?: 'active' | 'revoked';
  /** Active permits with valid_to on or before this date. */
  validToUntil?: string;
}

function permitsInScope(db: Db, scope: DataScope) {
  return db
    .selectFrom('discharge_permits')
    .innerJoin('enterprises', 'enterprises.id', 'discharge_permits.enterprise_id')
    .selectAll('discharge_permits')
    .select('enterprises.name as enterprise_name')
    .where(scopeFilter(scope, PERMIT_SCOPE));
}

/** The permits in scope matching the filter, soonest expiry first. */
export function listPermits(db: Db, scope: DataScope, filter: PermitFilter): Promise<PermitRow[]> {
  let query = permitsInScope(db, scope);
  if (filter.enterpriseId) query = query.where('discharge_permits.enterprise_id', '=', filter.enterpriseId);
  if (filter.status) query = query.where('discharge_permits.status', '=', filter.status);
  if (filter.validToUntil)
    query = query
      .where('discharge_permits.status', '=', 'active')
      .where('discharge_permits.valid_to', '<=', filter.validToUntil);
  return query
    .orderBy('discharge_permits.valid_to')
    .orderBy('discharge_permits.permit_no')
    .limit(2000)
    .execute();
}

/** One permit in scope. */
export function findPermit(db: Db, scope: DataScope, id: string): Promise<PermitRow | undefined> {
  return permitsInScope(db, scope).where('discharge_permits.id', '=', id).executeTakeFirst();
}

/** True when another permit already has this number. */
export async function permitNoTaken(db: Db, permitNo: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('discharge_permits').select('id').where('permit_no', '=', permitNo);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return !!(await query.executeTakeFirst());
}

/** Inserts a permit. */
export async function insertPermit(db: Db, row: DischargePermitTable): Promise<void> {
  await db.insertInto('discharge_permits').values(row).execute();
}

/** Active permits whose validity ends between the two dates (inclusive), for the expiry job. */
export function permitsEndingBetween(db: Db, from: string, until: string): Promise<PermitRow[]> {
  return db
    .selectFrom('discharge_permits')
    .innerJoin('enterprises', 'enterprises.id', 'discharge_permits.enterprise_id')
    .selectAll('discharge_permits')
    .select('enterprises.name as enterprise_name')
    .where('discharge_permits.status', '=', 'active')
    .where('discharge_permits.valid_to', '>=', from)
    .where('discharge_permits.valid_to', '<=', until)
    .orderBy('discharge_permits.valid_to')
    .execute();
}

/** Closes the open to-dos of an earlier reminder stage of a permit (the urgent one replaces them). */
export async function closeReminderStage(db: Db, dedupePrefix: string, at: string): Promise<void> {
  await db
    .updateTable('todos')
    .set({ status: 'done', closed_at: at })
    .where('dedupe_key', 'like', `${dedupePrefix}%`)
    .where('status', '=', 'open')
    .execute();
}
