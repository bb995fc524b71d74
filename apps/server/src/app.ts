import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTHENTICATED, ErrorCode, PUBLIC, maxUploadBytes } from '@kaifaqu/contracts';
import type { AppConfig } from './config.js';
import { appendAuditStandalone } from './platform/audit/audit-trail.js';
import { registerAuditRoutes } from './platform/audit/audit.routes.js';
import { installAuthGuard } from './platform/auth/guard.js';
import { OffsetClock, systemClock, type Clock } from './platform/clock.js';
import { registerTestClockRoute } from './platform/test-clock.routes.js';
import type { AppContext } from './platform/context.js';
import { openDatabase } from './platform/db/connection.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { LocalDiskFileStore } from './platform/files/local-disk-file-store.js';
import { registerFileRoutes } from './platform/files/files.routes.js';
import { registerTodoRoutes } from './platform/todos/todos.routes.js';
import { installErrorHandler } from './platform/http/error-handler.js';
import { installInputGuard } from './platform/http/input-guard.js';
import { requestValidatorCompiler } from './platform/http/validation.js';
import { JobScheduler } from './platform/jobs/scheduler.js';
import { platformJobs } from './platform/jobs/platform-jobs.js';
import { registerAccountRoutes } from './modules/accounts/index.js';
import { enterpriseJobs, registerEnterpriseModule } from './modules/enterprises/index.js';
import { indicatorJobs, registerIndicatorModule } from './modules/indicators/index.js';
import { registerTargetRoutes } from './modules/targets/index.js';
import { registerInvestmentRoutes } from './modules/investment/index.js';
import { projectJobs, registerProjectModule } from './modules/projects/index.js';
import { registerSafetyModule, safetyJobs } from './modules/safety/index.js';
import { environmentJobs, registerEnvironmentModule } from './modules/environment/index.js';
import { registerIdentityRoutes } from './modules/identity/index.js';
import { registerOrganisationRoutes } from './modules/organisation/index.js';

/** Options tests and tools pass to `buildApp`. */
export interface AppOptions {
  clock?: Clock;
  /** Pino options, or false to stay quiet (tests). */
  logger?: boolean | { level: string };
  /** Start the cron scheduler (default: `config.jobsEnabled`). */
  startJobs?: boolean;
}

/** The built server with its platform services. */
export type KaifaquApp = FastifyInstance & { ctx: AppContext; jobs: JobScheduler };

/** Builds the whole server: database and migrations, platform plugins, then every module's routes. */
export async function buildApp(config: AppConfig, options: AppOptions = {}): Promise<KaifaquApp> {
  const baseClock = options.clock ?? systemClock;
  // KFQ_E2E_CLOCK: browser journeys move this clock forward through POST /test/clock.
  const clock = config.e2eClockControl ? new OffsetClock(baseClock) : baseClock;
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle.db, handle.dialect, path.join(config.dataDir, 'backups'), clock.now());
  } catch (error) {
    await handle.close();
    throw error;
  }
  const ctx: AppContext = {
    config,
    db: handle.db,
    dialect: handle.dialect,
    clock,
    files: new LocalDiskFileStore(path.join(config.dataDir, 'files')),
    audit: (entry) => appendAuditStandalone(handle.db, handle.dialect, entry, clock.now()),
  };

  const app = Fastify({
    // Session cookies never reach a log line; personal numbers are masked in audit rows.
    logger: options.logger ?? {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(requestValidatorCompiler());

  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: maxUploadBytes, files: 1, fields: 10, fieldSize: 1024 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Kaifaqu API', version: '0.1.0', description: '开发区综合管理平台 API' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kfq_session' },
          // Monitoring devices: `Authorization: Bearer <stationCode>.<secret>`.
          stationKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }],
    },
  });
  installErrorHandler(app);
  installInputGuard(app);
  installAuthGuard(app, ctx);

  app.get(
    '/api/health',
    {
      config: { permission: PUBLIC },
      schema: { tags: ['platform'], response: { 200: Type.Object({ status: Type.String() }) } },
    },
    async () => {
      await ctx.dialect.isEmpty(ctx.db); // a cheap round trip: fails (503) when the database is down
      return { status: 'ok' };
    },
  );

  await app.register(
    async (api) => {
      registerIdentityRoutes(api, ctx);
      registerOrganisationRoutes(api, ctx);
      registerAccountRoutes(api, ctx);
      registerEnterpriseModule(api, ctx);
      registerIndicatorModule(api, ctx);
      registerTargetRoutes(api, ctx);
      registerInvestmentRoutes(api, ctx);
      registerProjectModule(api, ctx);
      registerSafetyModule(api, ctx);
      registerEnvironmentModule(api, ctx);
      registerAuditRoutes(api, ctx);
      registerFileRoutes(api, ctx);
      registerTodoRoutes(api, ctx);
      if (clock instanceof OffsetClock) registerTestClockRoute(api, clock);
      api.get('/openapi.json', { config: { permission: AUTHENTICATED }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
    },
    { prefix: '/api/v1' },
  );

  if (config.webDist && fs.existsSync(path.join(config.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.webDist, wildcard: false });
    // The web app routes on the client: unknown non-API GETs get index.html.
    app.get('/*', { config: { permission: PUBLIC }, schema: { hide: true } }, (request, reply) =>
      request.url.startsWith('/api')
        ? reply.status(404).send({ code: ErrorCode.notFound, message: '请求的资源不存在' })
        : reply.sendFile('index.html'),
    );
  }

  const jobs = new JobScheduler(ctx, { logger: app.log });
  for (const job of [
    ...platformJobs(ctx),
    ...enterpriseJobs(),
    ...indicatorJobs(),
    ...projectJobs(),
    ...safetyJobs(),
    ...environmentJobs(),
  ])
    jobs.register(job);
  if (options.startJobs ?? config.jobsEnabled) jobs.start();

  app.addHook('onClose', async () => {
    jobs.stop();
    await jobs.idle();
    await handle.close();
  });
  return Object.assign(app as unknown as FastifyInstance, { ctx, jobs });
}
