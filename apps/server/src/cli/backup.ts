import path from 'node:path';
import { loadConfig } from '../config.js';
import { backupDatabase, formatRowCounts } from './db-tools.js';

// `npm run db:backup -- [file]`: a consistent backup of the live database (security.md 24).
// Without a file name it writes <dataDir>/backups/manual-<UTC time>.<sqlite|dump>.

async function main(): Promise<void> {
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file =
    process.argv[2] ??
    path.join(
      config.dataDir,
      'backups',
      `manual-${stamp}.${config.database.kind === 'sqlite' ? 'sqlite' : 'dump'}`,
    );
  const report = await backupDatabase(config, file);
  console.log(`backup written: ${report.file} (${report.bytes} bytes)`);
  console.log(`row counts at backup time:\n${formatRowCounts(report.rowCounts)}`);
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
