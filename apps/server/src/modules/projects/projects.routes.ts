import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';

/** Projects, stage transitions, agreements, funds in place (placeholder, being written). */
export function registerProjectRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
