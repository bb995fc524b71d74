import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import type { Job } from '../../platform/jobs/scheduler.js';
import './safety.tables.js';
import './hazards/hazards.tables.js';
import './inspections/inspections.tables.js';
import { hazardOverdueJob } from './hazards/hazard-overdue.job.js';
import { registerHazardRoutes } from './hazards/hazards.routes.js';
import { registerInspectionRoutes } from './inspections/inspections.routes.js';
import { registerSafetyStatsRoutes } from './stats/safety-stats.routes.js';
import { safetyFileSection } from './stats/safety-file-section.js';
import { registerEnterpriseFileSection } from '../enterprises/index.js';

registerEnterpriseFileSection(safetyFileSection);

/** Safety (安全生产): inspections, hazards and their rectification loop, safety agreements, figures. */
export function registerSafetyModule(app: FastifyInstance, ctx: AppContext): void {
  registerInspectionRoutes(app, ctx);
  registerHazardRoutes(app, ctx);
  registerSafetyStatsRoutes(app, ctx);
}

/** The module's scheduled jobs. */
export function safetyJobs(): Job[] {
  return [hazardOverdueJob];
}

export type { HazardTable, InspectionTable } from './safety.tables.js';
export { seedSafetyDemo } from './safety.seed.js';
