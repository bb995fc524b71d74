import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { SafetyStats, SafetyStatsQuery, SafetyTrend, SafetyTrendQuery } from '@kaifaqu/contracts';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { binaryBody, sendWorkbook } from '../../../platform/http/workbook-reply.js';
import { responses } from '../../../platform/http/responses.js';
import { safetyStatsWorkbook } from './safety-stats-export.js';
import { safetyStats, safetyTrend } from './safety-stats.service.js';

const tags = ['safety-stats'];

/** The quarterly and annual safety figures, their Excel export and the monthly trend. */
export function registerSafetyStatsRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/safety-stats',
    {
      config: { permission: 'safety:read' },
      schema: { tags, querystring: SafetyStatsQuery, response: responses({ 200: SafetyStats }) },
    },
    (request) => safetyStats(ctx, authOf(request).scope, request.query),
  );

  app.get(
    '/safety-stats.xlsx',
    {
      config: { permission: 'safety:read' },
      schema: { tags, querystring: SafetyStatsQuery, response: responses({ 200: binaryBody }) },
    },
    async (request, reply) => {
      const stats = await safetyStats(ctx, authOf(request).scope, request.query);
      return sendWorkbook(reply, await safetyStatsWorkbook(stats));
    },
  );

  app.get(
    '/safety-stats/trend',
    {
      config: { permission: 'safety:read' },
      schema: { tags, querystring: SafetyTrendQuery, response: responses({ 200: SafetyTrend }) },
    },
    (request) => safetyTrend(ctx, authOf(request).scope, request.query),
  );
}
