import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config.js';
import type { Database } from './database.js';
import { postgresDialect, sqliteDialect, type SqlDialect } from './sql-dialect.js';

/** An open database with the dialect helpers that go with it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: SqlDialect;
  close(): Promise<void>;
}

/** Opens the database the configuration names. */
export function openDatabase(database: AppConfig['database']): DatabaseHandle {
  const dialect = database.kind === 'postgres' ? postgresDialect(database.url) : sqliteDialect(database.file);
  const db = dialect.connect();
  return { db, dialect, close: () => db.destroy() };
}
