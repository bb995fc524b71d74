import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import type { RectificationNoticeTable } from './hazards.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

const NOTICE_SCOPE = {
  enterprise: 'rectification_notices.enterprise_id',
  subPark: 'rectification_notices.sub_park_id',
  department: 'rectification_notices.department_id',
} as const;

function scoped(db: Db, scope: DataScope) {
  return db
    .selectFrom('rectification_notices')
    .innerJoin('enterprises', 'enterprises.id', 'rectification_notices.enterprise_id')
    .where(scopeFilter(scope, NOTICE_SCOPE));
}

export async function insertNotice(
  db: Db,
  row: RectificationNoticeTable,
  hazardIds: readonly string[],
): Promise<void> {
  await db.insertInto('rectification_notices').values(row).execute();
  await db
    .insertInto('notice_hazards')
    .values(hazardIds.map((hazard_id) => ({ notice_id: row.id, hazard_id })))
    .execute();
}

export function findNotice(db: Db, scope: DataScope, id: string) {
  return scoped(db, scope)
    .selectAll('rectification_notices')
    .select('enterprises.name as enterprise_name')
    .where('rectification_notices.id', '=', id)
    .executeTakeFirst();
}

/** One page of notices, newest first. */
export async function listNotices(
  db: Db,
  scope: DataScope,
  f: { enterpriseId?: string; year?: number },
  page: { offset: number; limit: number },
) {
  let query = scoped(db, scope);
  if (f.enterpriseId) query = query.where('rectification_notices.enterprise_id', '=', f.enterpriseId);
  if (f.year) query = query.where('rectification_notices.year', '=', f.year);
  const items = await query
    .selectAll('rectification_notices')
    .select('enterprises.name as enterprise_name')
    .orderBy('rectification_notices.created_at', 'desc')
    .orderBy('rectification_notices.id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const total = await query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return { items, total: Number(total.n) };
}

/** The notices naming a hazard (already known to be in scope). */
export function noticesOfHazard(db: Db, hazardId: string) {
  return db
    .selectFrom('rectification_notices')
    .innerJoin('notice_hazards', 'notice_hazards.notice_id', 'rectification_notices.id')
    .innerJoin('enterprises', 'enterprises.id', 'rectification_notices.enterprise_id')
    .selectAll('rectification_notices')
    .select('enterprises.name as enterprise_name')
    .where('notice_hazards.hazard_id', '=', hazardId)
    .orderBy('rectification_notices.created_at')
    .execute();
}

/** The hazard ids of each notice. */
export async function hazardIdsOf(db: Db, noticeIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (noticeIds.length === 0) return map;
  const rows = await db
    .selectFrom('notice_hazards')
    .innerJoin('hazards', 'hazards.id', 'notice_hazards.hazard_id')
    .select(['notice_hazards.notice_id', 'notice_hazards.hazard_id'])
    .where('notice_hazards.notice_id', 'in', [...noticeIds])
    .orderBy('hazards.code')
    .execute();
  for (const r of rows) map.set(r.notice_id, [...(map.get(r.notice_id) ?? []), r.hazard_id]);
  return map;
}
