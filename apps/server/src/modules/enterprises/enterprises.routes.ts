import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  Enterprise,
  EnterpriseContactBody,
  EnterpriseCounts,
  EnterpriseCountsQuery,
  EnterpriseCreateBody,
  EnterpriseFile,
  EnterpriseHistory,
  EnterpriseListQuery,
  EnterpriseStatusBody,
  EnterpriseUpdateBody,
  IdParams,
  Page,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import { authOf } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import { enterpriseCounts } from './counts.service.js';
import { enterpriseFile } from './enterprise-file.service.js';
import * as service from './enterprises.service.js';

const tags = ['enterprises'];

/** The registry: list, counts, read, register, edit, lifecycle, history, 一企一档. */
export function registerEnterpriseRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const scopeOf = (request: Parameters<typeof authOf>[0]) => authOf(request).scope;

  app.get(
    '/enterprises',
    {
      config: { permission: 'enterprise:read' },
      schema: { tags, querystring: EnterpriseListQuery, response: responses({ 200: Page(Enterprise) }) },
    },
    (request) => service.listEnterprises(ctx, scopeOf(request), request.query),
  );

  app.post(
    '/enterprises',
    {
      config: { permission: 'enterprise:manage' },
      schema: { tags, body: EnterpriseCreateBody, response: responses({ 201: Enterprise }, [409]) },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createEnterprise(ctx, callerOf(request), scopeOf(request), request.body)),
  );

  app.get(
    '/enterprises/counts',
    {
      config: { permission: 'enterprise:read' },
      schema: {
        tags,
        querystring: EnterpriseCountsQuery,
        response: responses({ 200: Type.Array(EnterpriseCounts) }),
      },
    },
    (request) => enterpriseCounts(ctx, scopeOf(request), request.query),
  );

  app.get(
    '/enterprises/:id',
    {
      config: { permission: 'enterprise:read' },
      schema: { tags, params: IdParams, response: responses({ 200: Enterprise }, [404]) },
    },
    (request) => service.getEnterprise(ctx, scopeOf(request), request.params.id),
  );

  app.put(
    '/enterprises/:id',
    {
      config: { permission: 'enterprise:manage' },
      schema: {
        tags,
        params: IdParams,
        body: EnterpriseUpdateBody,
        response: responses({ 200: Enterprise }, [404, 409]),
      },
    },
    (request) =>
      service.updateEnterprise(ctx, callerOf(request), scopeOf(request), request.params.id, request.body),
  );

  app.put(
    '/enterprises/:id/contact',
    {
      config: { permission: 'enterprise:self' },
      schema: {
        tags,
        params: IdParams,
        body: EnterpriseContactBody,
        response: responses({ 200: Enterprise }, [404, 409]),
      },
    },
    (request) =>
      service.updateOwnContact(ctx, callerOf(request), scopeOf(request), request.params.id, request.body),
  );

  app.post(
    '/enterprises/:id/status',
    {
      config: { permission: 'enterprise:manage' },
      schema: {
        tags,
        params: IdParams,
        body: EnterpriseStatusBody,
        response: responses({ 200: Enterprise }, [404, 409]),
      },
    },
    (request) =>
      service.changeStatus(ctx, callerOf(request), scopeOf(request), request.params.id, request.body),
  );

  app.get(
    '/enterprises/:id/history',
    {
      config: { permission: 'enterprise:read' },
      schema: { tags, params: IdParams, response: responses({ 200: EnterpriseHistory }, [404]) },
    },
    (request) => service.enterpriseHistory(ctx, scopeOf(request), request.params.id),
  );

  app.get(
    '/enterprises/:id/file',
    {
      config: { permission: 'enterprise:read' },
      schema: { tags, params: IdParams, response: responses({ 200: EnterpriseFile }, [404]) },
    },
    (request) => enterpriseFile(ctx, scopeOf(request), request.params.id),
  );
}
