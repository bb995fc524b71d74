import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';

/** Investment figures and their drill-down (placeholder, being written). */
export function registerInvestmentStatsRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
