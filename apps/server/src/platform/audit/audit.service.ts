import type { Kysely } from 'kysely';
import type { AuditEvent, AuditQuery, AuditVerification } from '@kaifaqu/contracts';
import type { AppContext } from '../context.js';
import type { AuditChainTable, AuditEventTable, Database } from '../db/database.js';
import { badRequest } from '../errors.js';
import { auditHashInput, sha256Hex } from './audit-trail.js';
import * as repo from './audit.repository.js';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // Asia/Shanghai is UTC+8 all year (no daylight saving)
const VERIFY_BATCH = 1000;

/**
 * The UTC ISO instant at which a calendar day (`YYYY-MM-DD`, Asia/Shanghai) begins, shifted by
 * `plusDays`. Throws 400 for a date that does not exist (2026-02-30).
 */
export function shanghaiDayStartIso(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    throw badRequest(`日期 ${date} 不存在`);
  }
  return new Date(Date.UTC(y, m - 1, d + plusDays) - SHANGHAI_OFFSET_MS).toISOString();
}

/** One page of the audit trail, newest first; `from`/`to` are inclusive Asia/Shanghai dates. */
export async function listAuditEvents(
  ctx: AppContext,
  query: AuditQuery,
): Promise<{ items: AuditEvent[]; total: number }> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.listAuditEvents(
    ctx.db,
    ctx.dialect,
    {
      fromIso: query.from ? shanghaiDayStartIso(query.from) : undefined,
      toIso: query.to ? shanghaiDayStartIso(query.to, 1) : undefined,
      username: query.username,
      action: query.action,
      result: query.result,
    },
    { offset: (page - 1) * pageSize, limit: pageSize },
  );
  return { items: rows.map(toAuditEvent), total };
}

/** The API shape of a stored audit row. */
export function toAuditEvent(row: AuditEventTable): AuditEvent {
  return {
    seq: row.seq,
    at: row.at,
    userId: row.user_id,
    username: row.username,
    roleCodes: row.role_codes,
    enterpriseId: row.enterprise_id,
    ip: row.ip,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    result: row.result,
    detail: row.detail,
    changeDigest: row.change_digest,
    hash: row.hash,
  };
}

/**
 * Walks the hash chain from the end of the archived prefix to the chain head, in batches so memory
 * stays bounded, and reports the first row whose hash, link or sequence number is wrong
 * (security.md 20). If an archive run moved the prefix during the walk, it walks again.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  batchSize = VERIFY_BATCH,
): Promise<AuditVerification> {
  for (let attempt = 1; ; attempt++) {
    const head = await repo.readAuditChain(db);
    const result = await walkChain(db, head, batchSize);
    if (result.ok || attempt >= 3) return result;
    const again = await repo.readAuditChain(db);
    if (again.archived_through_seq === head.archived_through_seq) return result;
  }
}

async function walkChain(
  db: Kysely<Database>,
  head: AuditChainTable,
  batchSize: number,
): Promise<AuditVerification> {
  let expectedSeq = head.archived_through_seq + 1;
  let prevHash = head.archived_last_hash;
  let checked = 0;
  const broken = (seq: number): AuditVerification => ({ ok: false, checked, firstBrokenSeq: seq });
  for (;;) {
    const rows = await repo.auditRowsAfter(db, expectedSeq - 1, head.last_seq, batchSize);
    for (const row of rows) {
      if (row.seq !== expectedSeq) return broken(expectedSeq); // a deleted row
      checked++;
      if (row.prev_hash !== prevHash || sha256Hex(auditHashInput(row)) !== row.hash) return broken(row.seq);
      prevHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < batchSize) break;
  }
  if (expectedSeq - 1 !== head.last_seq) return broken(expectedSeq); // rows missing at the end
  if (prevHash !== head.last_hash) return broken(head.last_seq);
  // A row inserted past the head without moving it. Max first, head second: an honest append
  // commits its row and the head together, so it can never look like an intruder.
  const max = await repo.maxAuditSeq(db);
  if (max !== null && max > head.last_seq) {
    const now = await repo.readAuditChain(db);
    const intruder = await repo.firstAuditSeqAfter(db, now.last_seq);
    if (max > now.last_seq && intruder !== null) return broken(intruder);
  }
  return { ok: true, checked, firstBrokenSeq: null };
}
