import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  IdParams,
  SafetyAgreement,
  SafetyAgreementCreateBody,
  SafetyAgreementListQuery,
  SafetyAgreementUpdateBody,
  SafetyAgreementYear,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import * as service from './agreements.service.js';

const tags = ['safety-agreements'];

/** Safety responsibility agreements (安全生产责任书) with enterprises and construction units. */
export function registerAgreementRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/safety-agreements',
    {
      config: { permission: 'safety:read' },
      schema: {
        tags,
        summary: '安全生产责任书(含未签订企业)',
        querystring: SafetyAgreementListQuery,
        response: responses({ 200: SafetyAgreementYear }),
      },
    },
    (request) => service.agreementsOfYear(ctx, authOf(request).scope, request.query),
  );

  app.post(
    '/safety-agreements',
    {
      config: { permission: 'safety:manage' },
      schema: { tags, body: SafetyAgreementCreateBody, response: responses({ 201: SafetyAgreement }, [409]) },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createAgreement(ctx, callerOf(request), request.body)),
  );

  app.put(
    '/safety-agreements/:id',
    {
      config: { permission: 'safety:manage' },
      schema: {
        tags,
        params: IdParams,
        body: SafetyAgreementUpdateBody,
        response: responses({ 200: SafetyAgreement }, [404, 409]),
      },
    },
    (request) => service.updateAgreement(ctx, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/safety-agreements/:id',
    {
      config: { permission: 'safety:manage' },
      schema: { tags, params: IdParams, response: responses({ 204: Type.Null() }, [404]) },
    },
    async (request, reply) => {
      await service.deleteAgreement(ctx, callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
