import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { AppConfig } from '../config.js';
import { openDatabase } from '../platform/db/connection.js';
import { tableRowCounts } from '../platform/db/row-counts.js';

/** What a backup wrote. */
export interface BackupReport {
  file: string;
  bytes: number;
  rowCounts: Record<string, number>;
}

/** What a restore did and found. `integrity` is SQLite's `integrity_check` answer (null on PostgreSQL). */
export interface RestoreReport {
  kind: 'sqlite' | 'postgres';
  integrity: string | null;
  rowCounts: Record<string, number>;
}

/**
 * Backs up the configured database to `file` (security.md 24): SQLite through the online backup
 * API, PostgreSQL through `pg_dump`. An existing file is never overwritten.
 */
export async function backupDatabase(config: AppConfig, file: string): Promise<BackupReport> {
  const target = path.resolve(config.workingDir, file);
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  if (config.database.kind === 'sqlite') {
    if (path.resolve(config.database.file) === target)
      throw new Error('the backup cannot be the live database file');
    if (!fs.existsSync(config.database.file)) throw new Error(`no database at ${config.database.file}`);
  }
  const handle = openDatabase(config.database);
  try {
    const rowCounts = await tableRowCounts(handle.db, handle.dialect);
    await handle.dialect.backup(handle.db, target);
    return { file: target, bytes: fs.statSync(target).size, rowCounts };
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the configured database with a backup. The server must be stopped: for SQLite this is
 * checked (leaving WAL mode needs the only connection) and the check's own connection is closed
 * before the file is replaced. Afterwards the restored database is checked and counted.
 */
export async function restoreDatabase(config: AppConfig, file: string): Promise<RestoreReport> {
  const source = path.resolve(config.workingDir, file);
  if (!fs.existsSync(source)) throw new Error(`no backup at ${source}`);
  const handle = openDatabase(config.database);
  try {
    if (config.database.kind === 'sqlite') {
      if (path.resolve(config.database.file) === source)
        throw new Error('the backup cannot be the live database file');
      await assertNoOtherSqliteConnection(handle.db);
    }
  } finally {
    await handle.close();
  }
  await handle.dialect.restore(source);

  const reopened = openDatabase(config.database);
  try {
    let integrity: string | null = null;
    if (config.database.kind === 'sqlite') {
      const result = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(reopened.db);
      integrity = result.rows.map((r) => r.integrity_check).join('; ');
    }
    return {
      kind: config.database.kind,
      integrity,
      rowCounts: await tableRowCounts(reopened.db, reopened.dialect),
    };
  } finally {
    await reopened.close();
  }
}

/** Fails when another connection (a running server) has the SQLite file open. */
async function assertNoOtherSqliteConnection(db: ReturnType<typeof openDatabase>['db']): Promise<void> {
  await sql`pragma busy_timeout = 200`.execute(db);
  try {
    // Leaving WAL mode needs an exclusive lock, which any other open connection prevents.
    await sql`pragma journal_mode = delete`.execute(db);
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new Error('the database is open in another process (is the server running?); stop it and retry');
    }
    throw error;
  }
}

/** Formats row counts as aligned `table  count` lines. */
export function formatRowCounts(counts: Record<string, number>): string {
  const width = Math.max(0, ...Object.keys(counts).map((t) => t.length));
  return Object.entries(counts)
    .map(([table, n]) => `  ${table.padEnd(width)}  ${n}`)
    .join('\n');
}
