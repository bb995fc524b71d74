import type { Kysely } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import { scopeFilter } from '../../platform/db/scope-filter.js';
import { ENTERPRISE_SCOPE, enterprisesRepository } from '../enterprises/index.js';

// Counts of the enterprise registry that targets are set for; every count is limited to the
// caller's scope, so a sub-park sees its own progress.

/** Enterprises in scope whose 入驻 date is in [from, before) (dates 'YYYY-MM-DD'). */
export async function countSettled(
  db: Kysely<Database>,
  scope: DataScope,
  from: string,
  before: string,
): Promise<number> {
  const row = await db
    .selectFrom('enterprises')
    .where(scopeFilter(scope, ENTERPRISE_SCOPE))
    .where('enterprises.settled_on', '>=', from)
    .where('enterprises.settled_on', '<', before)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Enterprises in scope holding an active 规上 qualification for `year`. */
export async function countAboveScale(db: Kysely<Database>, scope: DataScope, year: number): Promise<number> {
  const row = await db
    .selectFrom('enterprises')
    .where(scopeFilter(scope, ENTERPRISE_SCOPE))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('enterprise_qualifications')
          .select('enterprise_qualifications.id')
          .whereRef('enterprise_qualifications.enterprise_id', '=', 'enterprises.id')
          .where(
            enterprisesRepository.qualificationHeld({ kind: 'aboveScale', onDate: `${year}-12-31`, year }),
          ),
      ),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
