import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../platform/context.js';

/** Inspection plans, checklists and inspection records (placeholder, being written). */
export function registerInspectionRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
