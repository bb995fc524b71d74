import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Job } from '../../platform/jobs/scheduler.js';
import { registerEnterpriseFileSection } from '../enterprises/index.js';
import './indicators.tables.js';
import './reporting/reporting.tables.js';
import { registerIndicatorRoutes } from './indicators.routes.js';
import { indicatorHistorySection } from './reporting/indicator-file-section.js';
import { registerReportImportRoutes } from './reporting/report-import.routes.js';
import { raiseReportReminders } from './reporting/report-reminders.job.js';
import { registerReportingRoutes } from './reporting/reporting.routes.js';
import { registerStatsRoutes } from './stats/stats.routes.js';
import { indicatorTargetSource } from './stats/indicator-target-source.js';
import { registerTargetSource } from '../targets/index.js';

registerEnterpriseFileSection(indicatorHistorySection);
registerTargetSource(indicatorTargetSource);

/** The economic-indicators module: catalogue, monthly reporting, figures. */
export function registerIndicatorModule(app: FastifyInstance, ctx: AppContext): void {
  registerIndicatorRoutes(app, ctx);
  registerReportingRoutes(app, ctx);
  registerReportImportRoutes(app, ctx);
  registerStatsRoutes(app, ctx);
}

/** The module's scheduled jobs. */
export function indicatorJobs(): Job[] {
  return [
    {
      name: 'indicators.report-reminders',
      cron: '30 1 * * *',
      run: async (ctx) => {
        await raiseReportReminders(ctx);
      },
    },
  ];
}

export type { IndicatorTable } from './indicators.tables.js';
export * as figures from './figures/index.js';
export { seedReportingDemo } from './reporting/reporting.seed.js';
