import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../platform/db/connection.js';
import { migrateToLatest } from '../platform/db/migrate.js';

/** `npm run db:migrate`: applies pending migrations (after a backup when data exists). */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const handle = openDatabase(config.database);
  try {
    const outcome = await migrateToLatest(handle.db, handle.dialect, path.join(config.dataDir, 'backups'));
    if (outcome.backupFile) process.stdout.write(`backup written first: ${outcome.backupFile}\n`);
    process.stdout.write(
      outcome.applied.length > 0 ? `applied: ${outcome.applied.join(', ')}\n` : 'database is up to date\n',
    );
  } finally {
    await handle.close();
  }
}

migrate().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error).stack ?? error)}\n`,
  );
  process.exit(1);
});
