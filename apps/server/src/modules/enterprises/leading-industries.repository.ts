import type { Kysely } from 'kysely';
import type { LeadingIndustry } from '@kaifaqu/contracts';
import type { Database } from '../../platform/db/database.js';

// The zone's leading industries (主导产业) are a zone-wide dictionary, not enterprise data.

/** The zone's leading industries in their display order. */
export async function listLeadingIndustries(db: Kysely<Database>): Promise<LeadingIndustry[]> {
  return db.selectFrom('leading_industries').select(['code', 'name']).orderBy('sort_order').execute();
}

/** Adds leading industries (seeding and configuration). */
export async function insertLeadingIndustries(
  db: Kysely<Database>,
  rows: { code: string; name: string; sort_order: number }[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('leading_industries').values(rows).execute();
}
