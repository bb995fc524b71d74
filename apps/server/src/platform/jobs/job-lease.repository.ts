import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** A lease nobody holds: its end lies in the past for every clock. */
export const RELEASED = '1970-01-01T00:00:00.000Z';

/**
 * Takes the lease of a job for `holder` until `until`, if it is free (expired) or already ours, and
 * records the run's start (`slot` for a cron run, else `now`). With a `slot`, it is also refused when
 * that cron slot already ran on any instance. One upsert, so two instances can never both win.
 */
export async function acquireJobLease(
  db: Kysely<Database>,
  lease: { name: string; holder: string; now: string; until: string; slot?: string },
): Promise<boolean> {
  const runAt = lease.slot ?? lease.now;
  const result = await db
    .insertInto('job_leases')
    .values({ name: lease.name, holder: lease.holder, lease_until: lease.until, last_run_at: runAt })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder: lease.holder, lease_until: lease.until, last_run_at: runAt })
        .where((eb) =>
          eb.and([
            eb.or([eb('job_leases.lease_until', '<', lease.now), eb('job_leases.holder', '=', lease.holder)]),
            ...(lease.slot
              ? [
                  eb.or([
                    eb('job_leases.last_run_at', 'is', null),
                    eb('job_leases.last_run_at', '<', lease.slot),
                  ]),
                ]
              : []),
          ]),
        ),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Extends a lease we still hold (long runs); false when it was lost. */
export async function renewJobLease(
  db: Kysely<Database>,
  name: string,
  holder: string,
  until: string,
): Promise<boolean> {
  const result = await db
    .updateTable('job_leases')
    .set({ lease_until: until })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives a lease back so the next run need not wait for it to expire. */
export async function releaseJobLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db
    .updateTable('job_leases')
    .set({ lease_until: RELEASED })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

/** When a job last started, or null if it never ran. */
export async function lastJobRun(db: Kysely<Database>, name: string): Promise<string | null> {
  const row = await db
    .selectFrom('job_leases')
    .select('last_run_at')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.last_run_at ?? null;
}
