import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { registerInvestorRoutes } from './investors.routes.js';
import { registerLeadAndActivityRoutes } from './leads.routes.js';

/** Investors (客商), agents (招商代理), leads (线索) and activities (接待/外出考察/推介会). */
export function registerInvestmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerInvestorRoutes(app, ctx);
  registerLeadAndActivityRoutes(app, ctx);
}
