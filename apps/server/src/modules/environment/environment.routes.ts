import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';

/** Discharge permits, monitoring stations, readings ingestion and alarms (placeholder, being written). */
export function registerEnvironmentRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
