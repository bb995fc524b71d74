import { buildApp, type KaifaquApp } from '../app.js';
import { loadConfig } from '../config.js';
import { ensureAccountDefaults } from '../modules/accounts/index.js';
import { organisationRepository } from '../modules/organisation/index.js';
import { ManualClock } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { createTestDatabase } from './test-database.js';

/** A running test server over a fresh database, with a clock the test controls. */
export interface TestApp {
  app: KaifaquApp;
  clock: ManualClock;
  dataDir: string;
  /** Ids of the three seeded sub-parks and two departments. */
  subParkIds: [string, string, string];
  departmentIds: { office: string; safety: string };
  close(): Promise<void>;
}

/** Builds the whole app over an empty database (SQLite, or PostgreSQL under KFQ_TEST_DB=postgres). */
export async function buildTestApp(
  options: { clock?: ManualClock; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = options.clock ?? new ManualClock();
  const config = loadConfig(
    {
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.databaseUrl,
      WEB_DIST: '',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'silent',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      ...options.env,
    },
    database.dataDir,
  );
  // KFQ_TEST_LOG=error shows server-side errors while debugging a test.
  const logLevel = process.env.KFQ_TEST_LOG;
  const app = await buildApp(config, {
    clock,
    logger: logLevel ? { level: logLevel } : false,
    startJobs: false,
  });
  const at = clock.now().toISOString();
  await ensureAccountDefaults(app.ctx.db, clock.now());
  await organisationRepository.insertZone(app.ctx.db, {
    id: newId(),
    name: '测试开发区',
    division_code: '320500',
    version: 1,
    created_at: at,
    updated_at: at,
  });
  const subParkIds = [newId(), newId(), newId()] as [string, string, string];
  for (const [i, id] of subParkIds.entries()) {
    await organisationRepository.insertSubPark(app.ctx.db, {
      id,
      code: `P${i + 1}`,
      name: `第${i + 1}园区`,
      boundary: '',
      area_centimu: null,
      status: 'active',
      version: 1,
      created_at: at,
      updated_at: at,
    });
  }
  const departmentIds = { office: newId(), safety: newId() };
  for (const [code, id] of Object.entries(departmentIds)) {
    await organisationRepository.insertDepartment(app.ctx.db, {
      id,
      code: code.toUpperCase(),
      name: code === 'office' ? '办公室' : '安全环保科',
      duties: '',
      status: 'active',
      version: 1,
      created_at: at,
      updated_at: at,
    });
  }
  return {
    app,
    clock,
    dataDir: database.dataDir,
    subParkIds,
    departmentIds,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
