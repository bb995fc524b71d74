import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Expression,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import type { Database } from './database.js';

/**
 * Every difference between SQLite and PostgreSQL lives in this file: connection setup, type
 * parsing, case-insensitive matching, string aggregation, row locking and backup/restore.
 * Repositories call these helpers and get identical JavaScript values from both databases.
 */
export interface SqlDialect {
  readonly kind: 'sqlite' | 'postgres';
  /** Opens the Kysely instance. */
  connect(): Kysely<Database>;
  /** Case-insensitive substring match on a text column. */
  containsInsensitive(column: Expression<string | null>, needle: string): Expression<SqlBool>;
  /** Aggregate: the texts of a group joined by `separator` (order unspecified), null for no rows. */
  stringAgg(value: Expression<string>, separator: string): RawBuilder<string | null>;
  /** Locks the selected rows until the transaction ends (no-op on SQLite, whose writers are serialised). */
  forUpdate<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /** Writes a consistent backup of the live database to `file`. */
  backup(db: Kysely<Database>, file: string): Promise<void>;
  /** Replaces the database's contents with a backup (the server must be stopped). */
  restore(file: string): Promise<void>;
  /** True when the database has no tables yet. */
  isEmpty(db: Kysely<Database>): Promise<boolean>;
}

function escapeLike(needle: string): string {
  return needle.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** SQLite through better-sqlite3, with the pragmas architecture.md requires. */
export function sqliteDialect(file: string): SqlDialect {
  let raw: SqliteDatabase.Database | undefined;
  return {
    kind: 'sqlite',
    connect() {
      if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
      raw = new SqliteDatabase(file);
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = FULL');
      raw.pragma('foreign_keys = ON');
      raw.pragma('busy_timeout = 5000');
      return new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    },
    containsInsensitive(column, needle) {
      return sql<SqlBool>`lower(${column}) like ${`%${escapeLike(needle.toLowerCase())}%`} escape '\\'`;
    },
    stringAgg(value, separator) {
      return sql<string | null>`group_concat(${value}, ${separator})`;
    },
    forUpdate(query) {
      return query;
    },
    async backup(_db, target) {
      if (!raw) throw new Error('database not connected');
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      await raw.backup(target);
    },
    async restore(source) {
      const check = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
      const result = check.pragma('integrity_check', { simple: true });
      check.close();
      if (result !== 'ok') throw new Error(`backup ${source} fails integrity_check: ${String(result)}`);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      fs.copyFileSync(source, file);
    },
    async isEmpty(db) {
      const row = await sql<{
        n: number;
      }>`select count(*) as n from sqlite_master where type = 'table'`.execute(db);
      return Number(row.rows[0]?.n ?? 0) === 0;
    },
  };
}

// int8 (count(*), bigint money) and numeric come back as strings from pg; parse them so both
// databases return numbers. Money in 分 stays far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** PostgreSQL (and openGauss/KingbaseES/HighGo) through `pg`. */
export function postgresDialect(url: string): SqlDialect {
  return {
    kind: 'postgres',
    connect() {
      const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
      // An idle connection that the server ends (restart, failover, administrator terminate) is
      // already removed from the pool when this fires; the next query opens a new one. Without a
      // listener the event would crash the process.
      pool.on('error', () => undefined);
      return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    },
    containsInsensitive(column, needle) {
      return sql<SqlBool>`${column} ilike ${`%${escapeLike(needle)}%`}`;
    },
    stringAgg(value, separator) {
      return sql<string | null>`string_agg(${value}, ${separator})`;
    },
    forUpdate(query) {
      return query.forUpdate();
    },
    async backup(_db, target) {
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      await run('pg_dump', ['--format=custom', `--file=${target}`, `--dbname=${url}`]);
    },
    async restore(source) {
      await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${url}`, source]);
    },
    async isEmpty(db) {
      const row = await sql<{
        n: number;
      }>`select count(*)::int as n from information_schema.tables where table_schema = current_schema()`.execute(
        db,
      );
      return Number(row.rows[0]?.n ?? 0) === 0;
    },
  };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}
