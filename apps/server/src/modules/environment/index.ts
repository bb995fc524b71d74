import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Job } from '../../platform/jobs/scheduler.js';
import './environment.tables.js';
import { registerEnvironmentRoutes } from './environment.routes.js';
import { raisePermitExpiryTodos } from './permits/permit-expiry.job.js';

/** Environment (环保): discharge permits (排污许可), monitoring readings and alarms. */
export function registerEnvironmentModule(app: FastifyInstance, ctx: AppContext): void {
  registerEnvironmentRoutes(app, ctx);
}

/** The module's scheduled jobs. */
export function environmentJobs(): Job[] {
  return [
    {
      name: 'environment.permit-expiry',
      cron: '25 1 * * *',
      run: async (ctx) => {
        await raisePermitExpiryTodos(ctx);
      },
    },
  ];
}
export { seedEnvironmentDemo } from './environment.seed.js';
export type {
  DischargePermitTable,
  MonitoringAlarmTable,
  MonitoringStationTable,
} from './environment.tables.js';
