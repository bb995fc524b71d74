import type { Kysely, Transaction } from 'kysely';
import type { AuditChainTable, AuditEventTable, Database } from '../db/database.js';
import type { SqlDialect } from '../db/sql-dialect.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Filters of an audit-trail page, already translated to stored values (UTC ISO bounds). */
export interface AuditFilter {
  /** Inclusive lower bound on `at`. */
  fromIso?: string;
  /** Exclusive upper bound on `at`. */
  toIso?: string;
  username?: string;
  action?: string;
  result?: AuditEventTable['result'];
}

function filtered(db: Db, dialect: SqlDialect, filter: AuditFilter) {
  let query = db.selectFrom('audit_events');
  if (filter.fromIso) query = query.where('at', '>=', filter.fromIso);
  if (filter.toIso) query = query.where('at', '<', filter.toIso);
  if (filter.username) {
    const needle = filter.username;
    query = query.where((eb) => dialect.containsInsensitive(eb.ref('username'), needle));
  }
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.result) query = query.where('result', '=', filter.result);
  return query;
}

/** One page of audit rows, newest first, with the total matching the filter. */
export async function listAuditEvents(
  db: Db,
  dialect: SqlDialect,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: AuditEventTable[]; total: number }> {
  const rows = await filtered(db, dialect, filter)
    .selectAll()
    .orderBy('seq', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const count = await filtered(db, dialect, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows: rows.map(normalise), total: Number(count.n) };
}

/** The chain head: last appended row and the end of the archived prefix. */
export async function readAuditChain(db: Db): Promise<AuditChainTable> {
  const row = await db.selectFrom('audit_chain').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return {
    ...row,
    last_seq: Number(row.last_seq),
    archived_through_seq: Number(row.archived_through_seq),
  };
}

/** Up to `limit` rows with `afterSeq < seq <= throughSeq`, in seq order (keyset paging). */
export async function auditRowsAfter(
  db: Db,
  afterSeq: number,
  throughSeq: number,
  limit: number,
): Promise<AuditEventTable[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('seq', '>', afterSeq)
    .where('seq', '<=', throughSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(normalise);
}

/** The lowest seq above `seq` present in the table, or null when there is none. */
export async function firstAuditSeqAfter(db: Db, seq: number): Promise<number | null> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.min('seq').as('m'))
    .where('seq', '>', seq)
    .executeTakeFirst();
  return row?.m === null || row?.m === undefined ? null : Number(row.m);
}

/** The highest seq present in the table, or null when it is empty. */
export async function maxAuditSeq(db: Db): Promise<number | null> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('seq').as('m'))
    .executeTakeFirst();
  return row?.m === null || row?.m === undefined ? null : Number(row.m);
}

/**
 * Deletes the archived rows and moves the archive pointer, if nobody moved it since the archive
 * was read (`expectedThroughSeq`). Returns false when the pointer had moved (nothing is changed).
 */
export async function purgeArchivedAudit(
  trx: Transaction<Database>,
  dialect: SqlDialect,
  expectedThroughSeq: number,
  throughSeq: number,
  lastHash: string,
): Promise<boolean> {
  const head = await dialect
    .forUpdate(trx.selectFrom('audit_chain').select('archived_through_seq').where('id', '=', 1))
    .executeTakeFirstOrThrow();
  if (Number(head.archived_through_seq) !== expectedThroughSeq) return false;
  await trx.deleteFrom('audit_events').where('seq', '<=', throughSeq).execute();
  await trx
    .updateTable('audit_chain')
    .set({ archived_through_seq: throughSeq, archived_last_hash: lastHash })
    .where('id', '=', 1)
    .execute();
  return true;
}

/** `bigint` columns arrive as numbers from both drivers; this makes sure of it. */
function normalise(row: AuditEventTable): AuditEventTable {
  return { ...row, seq: Number(row.seq) };
}
