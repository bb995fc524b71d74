import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Job } from '../../platform/jobs/scheduler.js';
import { registerEnvironmentRoutes } from './environment.routes.js';

/** Environment (环保): discharge permits (排污许可), monitoring readings and alarms. */
export function registerEnvironmentModule(app: FastifyInstance, ctx: AppContext): void {
  registerEnvironmentRoutes(app, ctx);
}

/** The module's scheduled jobs. */
export function environmentJobs(): Job[] {
  return [];
}
export { seedEnvironmentDemo } from './environment.seed.js';
