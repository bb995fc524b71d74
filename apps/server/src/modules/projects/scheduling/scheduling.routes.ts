import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';

/** Milestones, progress reports, coordination issues and scheduling meetings (placeholder, being written). */
export function registerSchedulingRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
