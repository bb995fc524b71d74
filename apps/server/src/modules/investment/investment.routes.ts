import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';

/** Investors, agents, leads and activities (placeholder, being written). */
export function registerInvestmentRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
