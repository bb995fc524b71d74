import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, Indicator, IndicatorCreateBody, IndicatorUpdateBody } from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import * as service from './indicators.service.js';

const tags = ['indicators'];

/** The indicator catalogue (指标目录), maintained by statistics staff. */
export function registerIndicatorRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/indicators',
    {
      config: { permission: 'indicator:read' },
      schema: { tags, response: responses({ 200: Type.Array(Indicator) }) },
    },
    () => service.listIndicators(ctx),
  );

  app.post(
    '/indicators',
    {
      config: { permission: 'indicator:manage' },
      schema: { tags, body: IndicatorCreateBody, response: responses({ 201: Indicator }, [409]) },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createIndicator(ctx, callerOf(request), request.body)),
  );

  app.put(
    '/indicators/:id',
    {
      config: { permission: 'indicator:manage' },
      schema: {
        tags,
        params: IdParams,
        body: IndicatorUpdateBody,
        response: responses({ 200: Indicator }, [404, 409]),
      },
    },
    (request) => service.updateIndicator(ctx, callerOf(request), request.params.id, request.body),
  );
}
