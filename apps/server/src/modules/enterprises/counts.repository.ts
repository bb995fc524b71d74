import { sql, type Kysely } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import { scopeFilter } from '../../platform/db/scope-filter.js';
import { ENTERPRISE_SCOPE, qualificationHeld } from './enterprises.repository.js';

/** One enterprise's standing on a date: its lifecycle status then and the labels it held. */
export interface StandingRow {
  id: string;
  sub_park_id: string | null;
  industry_code: string;
  ownership: 'domestic' | 'foreign' | 'hkMacauTaiwan';
  status_as_of: string | null;
  above_scale: number;
  high_tech: number;
  listed: number;
}

/**
 * The standing of every enterprise in scope on `asOf`, from the dated lifecycle history (not
 * today's status). Existence tests come back as integers 0/1 on both databases.
 */
export function standingsAsOf(db: Kysely<Database>, scope: DataScope, asOf: string): Promise<StandingRow[]> {
  const held = (kind: string) =>
    sql<number>`case when exists (select 1 from enterprise_qualifications where enterprise_qualifications.enterprise_id = enterprises.id and ${qualificationHeld({ kind, onDate: asOf, year: Number(asOf.slice(0, 4)) })}) then 1 else 0 end`;
  return db
    .selectFrom('enterprises')
    .where(scopeFilter(scope, ENTERPRISE_SCOPE))
    .select([
      'enterprises.id',
      'enterprises.sub_park_id',
      'enterprises.industry_code',
      'enterprises.ownership',
      (eb) =>
        eb
          .selectFrom('enterprise_status_history as h')
          .select('h.status')
          .whereRef('h.enterprise_id', '=', 'enterprises.id')
          .where('h.effective_on', '<=', asOf)
          .orderBy('h.effective_on', 'desc')
          .orderBy('h.recorded_at', 'desc')
          .limit(1)
          .as('status_as_of'),
      held('aboveScale').as('above_scale'),
      held('highTech').as('high_tech'),
      held('listed').as('listed'),
    ])
    .execute() as Promise<StandingRow[]>;
}
