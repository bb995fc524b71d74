import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import type { SafetyAgreementTable } from './hazards.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

const AGREEMENT_SCOPE = {
  enterprise: 'safety_agreements.enterprise_id',
  subPark: 'safety_agreements.sub_park_id',
  department: 'safety_agreements.department_id',
} as const;

/** Enterprises present in the zone (they owe a yearly agreement). */
const PRESENT = ['underConstruction', 'inProduction', 'suspended'] as const;

export function listAgreements(db: Db, scope: DataScope, year: number, partyKind?: string) {
  let query = db
    .selectFrom('safety_agreements')
    .selectAll()
    .where('year', '=', year)
    .where(scopeFilter(scope, AGREEMENT_SCOPE));
  if (partyKind) query = query.where('party_kind', '=', partyKind as SafetyAgreementTable['party_kind']);
  return query.orderBy('party_kind').orderBy('unit_name').execute();
}

export function findAgreement(db: Db, scope: DataScope, id: string) {
  return db
    .selectFrom('safety_agreements')
    .selectAll()
    .where('id', '=', id)
    .where(scopeFilter(scope, AGREEMENT_SCOPE))
    .executeTakeFirst();
}

export async function enterpriseHasAgreement(db: Db, year: number, enterpriseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('safety_agreements')
    .select('id')
    .where('year', '=', year)
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirst();
  return !!row;
}

export async function insertAgreement(db: Db, row: SafetyAgreementTable): Promise<void> {
  await db.insertInto('safety_agreements').values(row).execute();
}

export async function deleteAgreement(db: Db, id: string): Promise<void> {
  await db.deleteFrom('safety_agreements').where('id', '=', id).execute();
}

/** Enterprises in scope, present in the zone, without an agreement for the year. */
export function unsignedEnterprises(db: Db, scope: DataScope, year: number) {
  return db
    .selectFrom('enterprises')
    .select(['enterprises.id', 'enterprises.name'])
    .where('enterprises.status', 'in', [...PRESENT])
    .where(
      scopeFilter(scope, {
        enterprise: 'enterprises.id',
        subPark: 'enterprises.sub_park_id',
        department: 'enterprises.department_id',
      }),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('safety_agreements')
            .select('safety_agreements.id')
            .whereRef('safety_agreements.enterprise_id', '=', 'enterprises.id')
            .where('safety_agreements.year', '=', year),
        ),
      ),
    )
    .orderBy('enterprises.name')
    .limit(1000)
    .execute();
}
