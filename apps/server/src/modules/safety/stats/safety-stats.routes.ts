import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';

/** Safety figures and their Excel export (placeholder, being written). */
export function registerSafetyStatsRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
