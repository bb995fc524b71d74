import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import { scopeFilter } from '../../platform/db/scope-filter.js';
import type { SqlDialect } from '../../platform/db/sql-dialect.js';
import type {
  EnterpriseChangeTable,
  EnterpriseQualificationTable,
  EnterpriseStatusHistoryTable,
  EnterpriseTable,
} from './enterprises.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The scope columns of the registry: every read and write below is limited by them. */
export const ENTERPRISE_SCOPE = {
  enterprise: 'enterprises.id',
  subPark: 'enterprises.sub_park_id',
  department: 'enterprises.department_id',
} as const;

/** Filters of the list, already translated from the request's allowlisted values. */
export interface EnterpriseFilter {
  keyword?: string;
  subParkId?: string;
  industryCodes?: string[];
  status?: string;
  qualification?: { kind: string; onDate: string; year: number };
  leadingIndustryCode?: string;
  liaisonUserId?: string;
}

const SORT_COLUMNS = {
  name: 'enterprises.name',
  creditCode: 'enterprises.credit_code',
  settledOn: 'enterprises.settled_on',
  employees: 'enterprises.employees',
  landAreaMu: 'enterprises.land_area_centimu',
  updatedAt: 'enterprises.updated_at',
} as const;
/** Keys the list may sort by (allowlist). */
export type EnterpriseSort = keyof typeof SORT_COLUMNS;

function filtered(db: Db, dialect: SqlDialect, scope: DataScope, filter: EnterpriseFilter) {
  let query = db.selectFrom('enterprises').where(scopeFilter(scope, ENTERPRISE_SCOPE));
  if (filter.keyword) {
    const k = filter.keyword;
    query = query.where((eb) =>
      eb.or([
        dialect.containsInsensitive(eb.ref('enterprises.name'), k),
        dialect.containsInsensitive(eb.ref('enterprises.credit_code'), k),
      ]),
    );
  }
  if (filter.subParkId) query = query.where('enterprises.sub_park_id', '=', filter.subParkId);
  if (filter.industryCodes) {
    query =
      filter.industryCodes.length === 0
        ? query.where(sql<SqlBool>`1 = 0`)
        : query.where('enterprises.industry_code', 'in', filter.industryCodes);
  }
  if (filter.status)
    query = query.where('enterprises.status', '=', filter.status as EnterpriseTable['status']);
  if (filter.leadingIndustryCode)
    query = query.where('enterprises.leading_industry_code', '=', filter.leadingIndustryCode);
  if (filter.liaisonUserId) query = query.where('enterprises.liaison_user_id', '=', filter.liaisonUserId);
  if (filter.qualification) {
    const q = filter.qualification;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('enterprise_qualifications')
          .select('enterprise_qualifications.id')
          .whereRef('enterprise_qualifications.enterprise_id', '=', 'enterprises.id')
          .where(qualificationHeld(q)),
      ),
    );
  }
  return query;
}

/** The condition "this qualification row is held on the date" (规上 by year; others by validity dates). */
export function qualificationHeld(held: { kind: string; onDate: string; year: number }): Expression<SqlBool> {
  const q = (column: string) => sql.ref(`enterprise_qualifications.${column}`);
  const base = sql<SqlBool>`${q('status')} = 'active' and ${q('kind')} = ${held.kind}`;
  return held.kind === 'aboveScale'
    ? sql<SqlBool>`${base} and ${q('year')} = ${held.year}`
    : sql<SqlBool>`${base} and (${q('valid_from')} is null or ${q('valid_from')} <= ${held.onDate})
        and (${q('valid_to')} is null or ${q('valid_to')} >= ${held.onDate})`;
}

/** A page of enterprises in scope, with the total. */
export async function listEnterprises(
  db: Db,
  dialect: SqlDialect,
  scope: DataScope,
  filter: EnterpriseFilter,
  page: { offset: number; limit: number; sort: EnterpriseSort; order: 'asc' | 'desc' },
): Promise<{ rows: EnterpriseTable[]; total: number }> {
  const total = await filtered(db, dialect, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await filtered(db, dialect, scope, filter)
    .selectAll('enterprises')
    .orderBy(SORT_COLUMNS[page.sort], page.order)
    .orderBy('enterprises.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows, total: Number(total.n) };
}

/** Every enterprise in scope matching the filter (exports; bounded by the caller). */
export function allEnterprises(
  db: Db,
  dialect: SqlDialect,
  scope: DataScope,
  filter: EnterpriseFilter,
  limit: number,
) {
  return filtered(db, dialect, scope, filter)
    .selectAll('enterprises')
    .orderBy('enterprises.name')
    .limit(limit)
    .execute();
}

/** One enterprise if it is in scope. */
export function findEnterprise(db: Db, scope: DataScope, id: string): Promise<EnterpriseTable | undefined> {
  return db
    .selectFrom('enterprises')
    .selectAll()
    .where('id', '=', id)
    .where(scopeFilter(scope, ENTERPRISE_SCOPE))
    .executeTakeFirst();
}

/** Enterprises in scope by credit code. */
export function findByCreditCodes(db: Db, scope: DataScope, codes: string[]): Promise<EnterpriseTable[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('enterprises')
    .selectAll()
    .where('credit_code', 'in', codes)
    .where(scopeFilter(scope, ENTERPRISE_SCOPE))
    .execute();
}

/**
 * Credit codes among `codes` that exist anywhere. Used only to refuse a duplicate registration:
 * the answer says "taken", never whose.
 */
export async function takenCreditCodes(db: Db, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('enterprises')
    .select('credit_code')
    .where('credit_code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.credit_code));
}

/** Inserts an enterprise. */
export async function insertEnterprise(db: Db, row: EnterpriseTable): Promise<void> {
  await db.insertInto('enterprises').values(row).execute();
}

/** Appends to the lifecycle history. */
export async function insertStatus(db: Db, row: EnterpriseStatusHistoryTable): Promise<void> {
  await db.insertInto('enterprise_status_history').values(row).execute();
}

/** Appends field-level changes. */
export async function insertChanges(db: Db, rows: EnterpriseChangeTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('enterprise_changes').values(rows).execute();
}

/** Lifecycle history of an enterprise (caller has checked scope), oldest first. */
export function statusHistory(db: Db, enterpriseId: string) {
  return db
    .selectFrom('enterprise_status_history')
    .leftJoin('users', 'users.id', 'enterprise_status_history.recorded_by')
    .select([
      'enterprise_status_history.status',
      'enterprise_status_history.effective_on',
      'enterprise_status_history.note',
      'enterprise_status_history.recorded_at',
      'users.display_name',
    ])
    .where('enterprise_status_history.enterprise_id', '=', enterpriseId)
    .orderBy('enterprise_status_history.effective_on')
    .orderBy('enterprise_status_history.recorded_at')
    .execute();
}

/** Field changes of an enterprise (caller has checked scope), newest first. */
export function fieldChanges(db: Db, enterpriseId: string) {
  return db
    .selectFrom('enterprise_changes')
    .leftJoin('users', 'users.id', 'enterprise_changes.changed_by')
    .select([
      'enterprise_changes.field',
      'enterprise_changes.old_value',
      'enterprise_changes.new_value',
      'enterprise_changes.changed_at',
      'users.display_name',
    ])
    .where('enterprise_changes.enterprise_id', '=', enterpriseId)
    .orderBy('enterprise_changes.changed_at', 'desc')
    .limit(500)
    .execute();
}

/** Qualifications of an enterprise (caller has checked scope). */
export function qualificationsOf(db: Db, enterpriseId: string): Promise<EnterpriseQualificationTable[]> {
  return db
    .selectFrom('enterprise_qualifications')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('status', '=', 'active')
    .orderBy('kind')
    .orderBy('year')
    .execute();
}

/** Inserts a qualification. */
export async function insertQualification(db: Db, row: EnterpriseQualificationTable): Promise<void> {
  await db.insertInto('enterprise_qualifications').values(row).execute();
}

/** One qualification of an enterprise. */
export function findQualification(db: Db, enterpriseId: string, id: string) {
  return db
    .selectFrom('enterprise_qualifications')
    .selectAll()
    .where('id', '=', id)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
}

/**
 * The name of an enterprise by id, for tying an enterprise account to it. The security
 * administrator granting the account holds no enterprise data scope, so this is the one lookup
 * that is not scoped; it returns nothing but the name.
 */
export async function enterpriseNameForAccount(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('enterprises').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

/**
 * Active dated qualifications ending between two dates, with their enterprise's ownership.
 * System-wide on purpose: only the expiry job calls it, never a route.
 */
export function expiringQualifications(db: Db, from: string, until: string) {
  return db
    .selectFrom('enterprise_qualifications')
    .innerJoin('enterprises', 'enterprises.id', 'enterprise_qualifications.enterprise_id')
    .select([
      'enterprise_qualifications.id',
      'enterprise_qualifications.kind',
      'enterprise_qualifications.valid_to',
      'enterprise_qualifications.enterprise_id',
      'enterprises.name as enterprise_name',
      'enterprises.department_id',
      'enterprises.sub_park_id',
    ])
    .where('enterprise_qualifications.status', '=', 'active')
    .where('enterprise_qualifications.valid_to', '>=', from)
    .where('enterprise_qualifications.valid_to', '<=', until)
    .where('enterprises.status', 'not in', ['movedOut', 'deregistered'])
    .execute();
}
