import path from 'node:path';
import { Migrator, type Kysely, type Migration } from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { Database } from './database.js';
import type { SqlDialect } from './sql-dialect.js';

/** What a migration run did. */
export interface MigrationOutcome {
  applied: string[];
  backupFile: string | null;
}

/**
 * Brings the schema to the latest version. Each migration runs in its own transaction; when the
 * database already holds data and migrations are pending, a backup is written first (security.md 24).
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: SqlDialect,
  backupDir: string,
  now: Date = new Date(),
): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async (): Promise<Record<string, Migration>> => migrations },
  });
  const pending = (await migrator.getMigrations()).filter((m) => !m.executedAt);
  let backupFile: string | null = null;
  if (pending.length > 0 && !(await dialect.isEmpty(db))) {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(
      backupDir,
      `pre-migrate-${stamp}.${dialect.kind === 'sqlite' ? 'sqlite' : 'dump'}`,
    );
    await dialect.backup(db, backupFile);
  }
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    backupFile,
  };
}
