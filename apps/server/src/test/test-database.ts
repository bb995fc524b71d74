import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** The database a test app runs on: a temp SQLite file, or a fresh PostgreSQL database. */
export interface TestDatabase {
  dataDir: string;
  databaseUrl: string;
  drop(): Promise<void>;
}

/** True when the suite runs on PostgreSQL (`npm run test:pg`). */
export const onPostgres = process.env.KFQ_TEST_DB === 'postgres';

/** Server holding the throwaway test databases (trust auth on these machines). */
const adminUrl = process.env.KFQ_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates an empty database for one test app; `drop()` removes it and its data folder. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kfq-test-'));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (!onPostgres) {
    return { dataDir, databaseUrl: path.join(dataDir, 'test.sqlite'), drop: async () => removeDir() };
  }
  const name = `kfq_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      removeDir();
    },
  };
}
