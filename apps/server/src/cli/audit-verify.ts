import fs from 'node:fs';
import { loadConfig } from '../config.js';
import { verifyAuditChain } from '../platform/audit/audit.service.js';
import { openDatabase } from '../platform/db/connection.js';

// `npm run audit:verify`: walks the audit hash chain (security.md 20). Exit 0 when intact,
// 1 when a row was altered, removed or inserted, 2 when the check itself could not run.

async function main(): Promise<number> {
  const { database } = loadConfig();
  if (database.kind === 'sqlite' && !fs.existsSync(database.file))
    throw new Error(`no database at ${database.file}`);
  const handle = openDatabase(database);
  try {
    const result = await verifyAuditChain(handle.db);
    if (result.ok) {
      console.log(`audit chain OK: ${result.checked} rows verified`);
      return 0;
    }
    console.log(`audit chain BROKEN at seq ${result.firstBrokenSeq}`);
    return 1;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `audit verification could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  },
);
