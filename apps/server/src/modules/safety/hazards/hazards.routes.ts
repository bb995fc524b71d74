import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';

/** Hazards, rectifications, notices, remediation plans and safety agreements (placeholder, being written). */
export function registerHazardRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
