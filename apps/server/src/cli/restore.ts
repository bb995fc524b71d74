import { loadConfig } from '../config.js';
import { formatRowCounts, restoreDatabase } from './db-tools.js';

// `npm run db:restore -- <file>`: replaces the database with a backup. Stop the server first.

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run db:restore -- <backup file>');
    process.exit(2);
  }
  const config = loadConfig();
  const where = config.database.kind === 'sqlite' ? config.database.file : 'the PostgreSQL database';
  console.log(`restoring ${file} over ${where} …`);
  const report = await restoreDatabase(config, file);
  console.log(`restored ${report.kind} database from ${file}`);
  if (report.integrity !== null) console.log(`integrity_check: ${report.integrity}`);
  console.log(`row counts after restore:\n${formatRowCounts(report.rowCounts)}`);
  if (report.integrity !== null && report.integrity !== 'ok') process.exit(1);
}

main().catch((error: unknown) => {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
