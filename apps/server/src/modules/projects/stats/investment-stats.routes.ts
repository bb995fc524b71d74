import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  InvestmentDrillQuery,
  InvestmentDrillRow,
  InvestmentStatsQuery,
  InvestmentStatsSummary,
} from '@kaifaqu/contracts';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import { investmentDrillDown, investmentSummary } from './investment-stats.service.js';

const tags = ['investment-stats'];

/** Investment figures (招商引资数据) over a date range, and the projects behind each one. */
export function registerInvestmentStatsRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/investment-stats/summary',
    {
      config: { permission: 'investment:read' },
      schema: {
        tags,
        querystring: InvestmentStatsQuery,
        response: responses({ 200: InvestmentStatsSummary }),
      },
    },
    (request) => investmentSummary(ctx, authOf(request).scope, request.query),
  );

  app.get(
    '/investment-stats/projects',
    {
      config: { permission: 'investment:read' },
      schema: {
        tags,
        querystring: InvestmentDrillQuery,
        response: responses({ 200: Type.Array(InvestmentDrillRow) }),
      },
    },
    (request) => investmentDrillDown(ctx, authOf(request).scope, request.query),
  );
}
