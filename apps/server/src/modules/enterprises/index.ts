import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Job } from '../../platform/jobs/scheduler.js';
import './enterprises.tables.js';
import { raiseQualificationExpiryTodos } from './qualification-expiry.job.js';
import { registerEnterpriseRoutes } from './enterprises.routes.js';
import { registerEnterpriseImportRoutes } from './enterprise-import.routes.js';
import { registerQualificationRoutes } from './qualifications.routes.js';

/** The enterprise registry's public face. */
export function registerEnterpriseModule(app: FastifyInstance, ctx: AppContext): void {
  registerEnterpriseRoutes(app, ctx);
  registerQualificationRoutes(app, ctx);
  registerEnterpriseImportRoutes(app, ctx);
}
/** The registry's scheduled jobs. */
export function enterpriseJobs(): Job[] {
  return [
    {
      name: 'enterprises.qualification-expiry',
      cron: '15 1 * * *',
      run: async (ctx) => {
        await raiseQualificationExpiryTodos(ctx);
      },
    },
  ];
}
export { registerEnterpriseFileSection, type EnterpriseFileSection } from './enterprise-file.js';
export * as enterprisesRepository from './enterprises.repository.js';
export { createEnterprise } from './enterprises.service.js';
export { ENTERPRISE_SCOPE } from './enterprises.repository.js';
export type { EnterpriseTable } from './enterprises.tables.js';
export { seedEnterprisesDemo, demoEnterpriseAccounts } from './enterprises.seed.js';
export { industryDivisionName } from './industries.js';
