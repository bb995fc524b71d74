import fs from 'node:fs';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { loadConfig } from './config.js';
import { ManualClock } from './platform/clock.js';
import { openDatabase } from './platform/db/connection.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { migrations } from './migrations/index.js';
import { createTestDatabase, onPostgres, type TestDatabase } from './test/test-database.js';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

describe('first start on an empty database', () => {
  it('creates the zone and three administrators with random one-time passwords, once', async () => {
    database = await createTestDatabase();
    const config = loadConfig(
      {
        DATA_DIR: database.dataDir,
        DATABASE_URL: database.databaseUrl,
        WEB_DIST: '',
        KFQ_ZONE_NAME: '新区',
        KFQ_ZONE_DIVISION_CODE: '320506',
      },
      database.dataDir,
    );
    const app = await buildApp(config, { logger: false, startJobs: false, clock: new ManualClock() });
    try {
      const admins = await bootstrap(app.ctx);
      expect(admins.map((a) => a.username)).toEqual(['sysadmin', 'secadmin', 'auditadmin']);
      for (const admin of admins) expect(admin.password).toMatch(/^.{20}$/);
      expect(new Set(admins.map((a) => a.password)).size).toBe(3);
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'sysadmin', password: admins[0]!.password },
      });
      expect(login.statusCode).toBe(200);
      expect(login.json()).toMatchObject({ restriction: 'passwordChange', zoneName: '新区' });
      expect(await bootstrap(app.ctx)).toEqual([]); // never again
    } finally {
      await app.close();
    }
  });
});

describe('migrations', () => {
  it('write a backup first when the database holds data', async () => {
    database = await createTestDatabase();
    const handle = openDatabase(
      onPostgres
        ? { kind: 'postgres', url: database.databaseUrl }
        : { kind: 'sqlite', file: database.databaseUrl },
    );
    try {
      const first = Object.keys(migrations)[0]!;
      const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
      expect((await migrator.migrateTo(first)).error).toBeUndefined();
      await handle.db
        .insertInto('departments')
        .values({
          id: '01900000-0000-7000-8000-000000000001',
          code: 'D1',
          name: '办公室',
          duties: '',
          status: 'active',
          version: 1,
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
        })
        .execute();
      const outcome = await migrateToLatest(
        handle.db,
        handle.dialect,
        path.join(database.dataDir, 'backups'),
      );
      expect(outcome.applied.length).toBe(Object.keys(migrations).length - 1);
      expect(outcome.backupFile).not.toBeNull();
      expect(fs.statSync(outcome.backupFile!).size).toBeGreaterThan(0);
      const again = await migrateToLatest(handle.db, handle.dialect, path.join(database.dataDir, 'backups'));
      expect(again).toEqual({ applied: [], backupFile: null });
    } finally {
      await handle.close();
    }
  });
});
