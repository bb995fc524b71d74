import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { StatsSummary, StatsSummaryQuery, StatsTrend, StatsTrendQuery } from '@kaifaqu/contracts';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { binaryBody, sendWorkbook } from '../../../platform/http/workbook-reply.js';
import { responses } from '../../../platform/http/responses.js';
import { summaryWorkbook } from './summary-export.js';
import { summary, trend } from './stats.service.js';

const tags = ['stats'];

/** The figures computed from approved reports: summary by group, Excel of it, trend series. */
export function registerStatsRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/stats/summary',
    {
      config: { permission: 'stats:read' },
      schema: { tags, querystring: StatsSummaryQuery, response: responses({ 200: StatsSummary }) },
    },
    (request) => summary(ctx, authOf(request).scope, request.query),
  );

  app.get(
    '/stats/summary.xlsx',
    {
      config: { permission: 'stats:read' },
      schema: { tags, querystring: StatsSummaryQuery, response: responses({ 200: binaryBody }) },
    },
    async (request, reply) => {
      const figures = await summary(ctx, authOf(request).scope, request.query);
      return sendWorkbook(reply, await summaryWorkbook(figures));
    },
  );

  app.get(
    '/stats/trend',
    {
      config: { permission: 'stats:read' },
      schema: { tags, querystring: StatsTrendQuery, response: responses({ 200: StatsTrend }) },
    },
    (request) => trend(ctx, authOf(request).scope, request.query),
  );
}
