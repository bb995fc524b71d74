import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Job } from '../../platform/jobs/scheduler.js';
import './projects.tables.js';
import './scheduling/scheduling.tables.js';
import { registerProjectRoutes } from './projects.routes.js';
import { agreementComplianceJob } from './agreement-compliance.job.js';
import { projectsFileSection } from './enterprise-link.service.js';
import { registerEnterpriseFileSection } from '../enterprises/index.js';
import { registerSchedulingRoutes } from './scheduling/scheduling.routes.js';
import { schedulingOverdueJob } from './scheduling/scheduling-overdue.job.js';
import { registerInvestmentStatsRoutes } from './stats/investment-stats.routes.js';
import { projectsTargetSource } from './stats/projects-target-source.js';
import { registerTargetSource } from '../targets/index.js';

registerTargetSource(projectsTargetSource);
registerEnterpriseFileSection(projectsFileSection);

/** Projects: the investment pipeline, agreements and funds, scheduling, and the figures counted from them. */
export function registerProjectModule(app: FastifyInstance, ctx: AppContext): void {
  registerProjectRoutes(app, ctx);
  registerSchedulingRoutes(app, ctx);
  registerInvestmentStatsRoutes(app, ctx);
}

/** The module's scheduled jobs. */
export function projectJobs(): Job[] {
  return [schedulingOverdueJob, agreementComplianceJob];
}

export type { ProjectTable } from './projects.tables.js';
export { seedProjectsDemo } from './projects.seed.js';
