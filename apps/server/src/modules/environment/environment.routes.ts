import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { registerIngestionRoutes } from './monitoring/ingestion.routes.js';
import { registerMonitoringRoutes } from './monitoring/monitoring.routes.js';
import { registerPermitRoutes } from './permits/permits.routes.js';

/** Discharge permits, monitoring stations, readings ingestion and alarms. */
export function registerEnvironmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerPermitRoutes(app, ctx);
  registerMonitoringRoutes(app, ctx);
  registerIngestionRoutes(app, ctx);
}
