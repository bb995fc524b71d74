import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditEventTable, Database } from '../db/database.js';
import type { SqlDialect } from '../db/sql-dialect.js';

/** Who did something, as the audit row records it. */
export interface AuditActor {
  userId: string | null;
  username: string | null;
  roleCodes: string[];
  enterpriseId: string | null;
}

/** One auditable event (security.md 19). `before`/`after` are digested, not stored. */
export interface AuditEntry {
  actor: AuditActor | null;
  ip: string;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  result: 'success' | 'failure' | 'denied';
  detail?: string;
  before?: unknown;
  after?: unknown;
}

const MASKS: [RegExp, (m: string) => string][] = [
  // 身份证 (18 chars) and mainland mobile numbers are masked before they reach a log row (security.md 21).
  [/\b\d{17}[\dXx]\b/g, (m) => `${m.slice(0, 4)}**********${m.slice(-4)}`],
  [/\b1[3-9]\d{9}\b/g, (m) => `${m.slice(0, 3)}****${m.slice(-4)}`],
];

/** Masks personal numbers in free text. */
export function maskPersonalNumbers(text: string): string {
  return MASKS.reduce((acc, [re, fn]) => acc.replace(re, fn), text);
}

/** The fields of a row that its hash covers, in a fixed order. */
export function auditHashInput(row: Omit<AuditEventTable, 'hash'>): string {
  return JSON.stringify([
    row.seq,
    row.at,
    row.user_id,
    row.username,
    row.role_codes,
    row.enterprise_id,
    row.ip,
    row.action,
    row.object_type,
    row.object_id,
    row.result,
    row.detail,
    row.change_digest,
    row.prev_hash,
  ]);
}

/** SHA-256 hex of a string. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Appends one row to the audit trail, chained to the previous row's hash. Call it inside the
 * transaction of the change it records, so the change and its audit row commit together.
 */
export async function appendAudit(
  trx: Transaction<Database>,
  dialect: SqlDialect,
  entry: AuditEntry,
  at: Date,
): Promise<void> {
  const head = await dialect
    .forUpdate(trx.selectFrom('audit_chain').select(['last_seq', 'last_hash']).where('id', '=', 1))
    .executeTakeFirstOrThrow();
  const seq = Number(head.last_seq) + 1;
  const changeDigest =
    entry.before === undefined && entry.after === undefined
      ? null
      : sha256Hex(JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }));
  const row = {
    seq,
    at: at.toISOString(),
    user_id: entry.actor?.userId ?? null,
    username: entry.actor?.username ?? null,
    role_codes: (entry.actor?.roleCodes ?? []).join(','),
    enterprise_id: entry.actor?.enterpriseId ?? null,
    ip: entry.ip.slice(0, 64),
    action: entry.action,
    object_type: entry.objectType ?? null,
    object_id: entry.objectId ?? null,
    result: entry.result,
    detail: maskPersonalNumbers(entry.detail ?? '').slice(0, 1000),
    change_digest: changeDigest,
    prev_hash: head.last_hash,
  };
  const hash = sha256Hex(auditHashInput(row));
  await trx
    .insertInto('audit_events')
    .values({ ...row, hash })
    .execute();
  await trx.updateTable('audit_chain').set({ last_seq: seq, last_hash: hash }).where('id', '=', 1).execute();
}

/** Appends an audit row in a transaction of its own (logins, denials, downloads). */
export async function appendAuditStandalone(
  db: Kysely<Database>,
  dialect: SqlDialect,
  entry: AuditEntry,
  at: Date,
): Promise<void> {
  await db.transaction().execute((trx) => appendAudit(trx, dialect, entry, at));
}
