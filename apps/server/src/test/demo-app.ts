import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp, type KaifaquApp } from '../app.js';
import { loadConfig } from '../config.js';
import { seedDemo } from '../demo/seed-demo.js';
import { ManualClock } from '../platform/clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** A demo zone loaded into an empty database, for the tests of what each module's demo seeds. */
export interface DemoApp {
  readonly app: KaifaquApp;
  /** GETs an API path as a signed-in account and expects 200. */
  get<T>(cookie: string, url: string): Promise<T>;
}

/**
 * Registers hooks that build the whole app over a fresh database (SQLite, or PostgreSQL under
 * KFQ_TEST_DB=postgres), seed the demo dated from `at`, and drop it all afterwards.
 */
export function useDemoApp(at: string): DemoApp {
  let app: KaifaquApp | undefined;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig(
      { DATA_DIR: database.dataDir, DATABASE_URL: database.databaseUrl, WEB_DIST: '', LOG_LEVEL: 'silent' },
      database.dataDir,
    );
    app = await buildApp(config, { clock: new ManualClock(at), logger: false, startJobs: false });
    expect(await seedDemo(app.ctx)).toBe(true);
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });
  return {
    get app() {
      if (!app) throw new Error('the demo app is built in beforeAll');
      return app;
    },
    async get<T>(cookie: string, url: string) {
      const res = await this.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as T;
    },
  };
}
