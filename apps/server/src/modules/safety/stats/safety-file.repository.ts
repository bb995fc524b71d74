import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.js';

type Db = Kysely<Database> | Transaction<Database>;

// The 一企一档 section reads one enterprise the registry has already checked is in the caller's
// scope, so these queries narrow by enterprise id only.

/** Years for which the enterprise signed a 安全生产责任书, newest first. */
export async function agreementYears(db: Db, enterpriseId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('safety_agreements')
    .select('year')
    .distinct()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => Number(r.year));
}

/** The enterprise's latest completed inspections. */
export async function recentInspections(db: Db, enterpriseId: string, limit: number) {
  return db
    .selectFrom('inspections')
    .select(['id', 'inspected_on', 'kind', 'inspectors', 'summary'])
    .where('enterprise_id', '=', enterpriseId)
    .where('status', '=', 'completed')
    .orderBy('inspected_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Counts of the enterprise's hazards: closed, open, and open past the deadline on `today`. */
export async function hazardCountsOf(db: Db, enterpriseId: string, today: string) {
  const rows = await db
    .selectFrom('hazards')
    .select(['status', 'deadline'])
    .where('enterprise_id', '=', enterpriseId)
    .execute();
  const closed = rows.filter((r) => r.status === 'closed').length;
  const open = rows.length - closed;
  const overdue = rows.filter((r) => r.status !== 'closed' && r.deadline < today).length;
  return { open, overdue, closed };
}

/** The enterprise's open hazards, oldest deadline first. */
export async function openHazards(db: Db, enterpriseId: string, limit: number) {
  return db
    .selectFrom('hazards')
    .select(['id', 'code', 'description', 'category', 'grade', 'status', 'found_on', 'deadline'])
    .where('enterprise_id', '=', enterpriseId)
    .where('status', '!=', 'closed')
    .orderBy('deadline')
    .orderBy('code')
    .limit(limit)
    .execute();
}

/** The enterprise's discharge permits (排污许可), latest first. */
export async function dischargePermits(db: Db, enterpriseId: string) {
  return db
    .selectFrom('discharge_permits')
    .select(['id', 'permit_no', 'valid_from', 'valid_to', 'status'])
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('valid_to', 'desc')
    .execute();
}
