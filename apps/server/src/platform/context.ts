import type { Kysely } from 'kysely';
import type { AppConfig } from '../config.js';
import type { AuditEntry } from './audit/audit-trail.js';
import type { Clock } from './clock.js';
import type { Database } from './db/database.js';
import type { SqlDialect } from './db/sql-dialect.js';
import type { FileStore } from './files/file-store.js';

/** The platform services every module receives when it registers its routes. */
export interface AppContext {
  config: AppConfig;
  db: Kysely<Database>;
  dialect: SqlDialect;
  clock: Clock;
  files: FileStore;
  /** Appends an audit row in its own transaction. Inside a business transaction use `appendAudit`. */
  audit(entry: AuditEntry): Promise<void>;
}
