import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { AppContext } from '../context.js';
import type { AuditChainTable, Database } from '../db/database.js';
import { auditHashInput, sha256Hex } from './audit-trail.js';
import * as repo from './audit.repository.js';

const DAY_MS = 86_400_000;
/** The legal floor (网络安全法: at least six months); configuration cannot go below it. */
const MIN_RETENTION_DAYS = 180;

/** What one archive run did. */
export interface AuditArchiveOutcome {
  files: string[];
  archivedRows: number;
}

/** Tuning for tests; production uses the defaults. */
export interface AuditArchiveOptions {
  batchSize?: number;
  maxRowsPerFile?: number;
}

/**
 * Retention (security.md 21): moves audit rows older than the retention period into gzip JSON-lines
 * files under `<dataDir>/audit-archive/`. Each file is written and fsynced before its rows are
 * deleted, and the chain's archive pointer moves in the same transaction as the delete, so the
 * remaining rows still verify. A segment whose chain is already broken is not archived.
 */
export async function archiveAndPurgeAudit(
  ctx: AppContext,
  options: AuditArchiveOptions = {},
): Promise<AuditArchiveOutcome> {
  const retentionDays = Math.max(MIN_RETENTION_DAYS, ctx.config.auditRetentionDays);
  const cutoff = new Date(ctx.clock.now().getTime() - retentionDays * DAY_MS).toISOString();
  const dir = path.join(ctx.config.dataDir, 'audit-archive');
  const maxRows = options.maxRowsPerFile ?? 50_000;
  const outcome: AuditArchiveOutcome = { files: [], archivedRows: 0 };
  for (;;) {
    const head = await repo.readAuditChain(ctx.db);
    const segment = await writeSegment(ctx.db, dir, head, cutoff, maxRows, options.batchSize ?? 1000);
    if (!segment) break;
    const purged = await ctx.db
      .transaction()
      .execute((trx) =>
        repo.purgeArchivedAudit(
          trx,
          ctx.dialect,
          head.archived_through_seq,
          segment.lastSeq,
          segment.lastHash,
        ),
      );
    if (!purged) break; // another instance archived the same rows meanwhile; its file holds them
    outcome.files.push(segment.file);
    outcome.archivedRows += segment.rows;
    if (segment.rows < maxRows) break;
  }
  return outcome;
}

interface Segment {
  file: string;
  rows: number;
  lastSeq: number;
  lastHash: string;
}

/** Streams the oldest contiguous run of rows before `cutoff` to a new archive file. */
async function writeSegment(
  db: Kysely<Database>,
  dir: string,
  head: AuditChainTable,
  cutoff: string,
  maxRows: number,
  batchSize: number,
): Promise<Segment | null> {
  const [oldest] = await repo.auditRowsAfter(db, head.archived_through_seq, head.last_seq, 1);
  if (!oldest || oldest.at >= cutoff) return null;
  await fsp.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.audit-${randomBytes(8).toString('hex')}.jsonl.gz.tmp`);
  const gzip = createGzip();
  const written = pipeline(gzip, fs.createWriteStream(temp, { flags: 'wx' }));
  written.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  let first: number | null = null;
  let last = { seq: head.archived_through_seq, hash: head.archived_last_hash };
  let rows = 0;
  try {
    scan: while (rows < maxRows) {
      const batch = await repo.auditRowsAfter(
        db,
        last.seq,
        head.last_seq,
        Math.min(batchSize, maxRows - rows),
      );
      for (const row of batch) {
        if (row.at >= cutoff) break scan; // archive only a contiguous prefix: the chain stays whole
        const brokenAt =
          row.seq !== last.seq + 1
            ? last.seq + 1
            : row.prev_hash !== last.hash || sha256Hex(auditHashInput(row)) !== row.hash
              ? row.seq
              : null;
        if (brokenAt !== null) {
          throw new Error(`audit chain broken at seq ${brokenAt}; not archiving (run audit:verify)`);
        }
        if (!gzip.write(`${JSON.stringify(row)}\n`)) await once(gzip, 'drain');
        first ??= row.seq;
        last = { seq: row.seq, hash: row.hash };
        rows++;
      }
      if (batch.length === 0) break;
    }
    gzip.end();
    await written;
    if (first === null) {
      await fsp.rm(temp, { force: true });
      return null;
    }
    await fsyncPath(temp);
    const file = path.join(dir, `audit-${first}-${last.seq}.jsonl.gz`);
    await fsp.rename(temp, file);
    await fsyncPath(dir).catch(() => undefined); // directories cannot be fsynced on every platform
    return { file, rows, lastSeq: last.seq, lastHash: last.hash };
  } catch (error) {
    gzip.destroy();
    await fsp.rm(temp, { force: true });
    throw error;
  }
}

async function fsyncPath(target: string): Promise<void> {
  const handle = await fsp.open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
