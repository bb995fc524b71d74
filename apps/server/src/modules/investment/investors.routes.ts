import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  IdParams,
  InvestmentAgent,
  InvestmentAgentCreateBody,
  InvestmentAgentDetail,
  InvestmentAgentListQuery,
  InvestmentAgentUpdateBody,
  InvestmentDeleteQuery,
  Investor,
  InvestorCreateBody,
  InvestorDetail,
  InvestorListQuery,
  InvestorUpdateBody,
  Page,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import { authOf } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import * as agents from './agents.service.js';
import * as investors from './investors.service.js';

const tags = ['investment'];
const read = { permission: 'investment:read' };
const manage = { permission: 'investment:manage' };

/** 客商 and 招商代理: zone-level records; their projects follow the caller's scope. */
export function registerInvestorRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/investors',
    {
      config: read,
      schema: { tags, querystring: InvestorListQuery, response: responses({ 200: Page(Investor) }) },
    },
    (request) => investors.listInvestors(ctx, authOf(request).scope, request.query),
  );
  app.post(
    '/investors',
    { config: manage, schema: { tags, body: InvestorCreateBody, response: responses({ 201: Investor }) } },
    async (request, reply) =>
      reply.status(201).send(await investors.createInvestor(ctx, callerOf(request), request.body)),
  );
  app.get(
    '/investors/:id',
    { config: read, schema: { tags, params: IdParams, response: responses({ 200: InvestorDetail }, [404]) } },
    (request) => investors.getInvestor(ctx, authOf(request).scope, request.params.id),
  );
  app.put(
    '/investors/:id',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: InvestorUpdateBody,
        response: responses({ 200: Investor }, [404, 409]),
      },
    },
    (request) =>
      investors.updateInvestor(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.body,
      ),
  );
  app.delete(
    '/investors/:id',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        querystring: InvestmentDeleteQuery,
        response: responses({ 204: Type.Null() }, [404, 409]),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await investors.deleteInvestor(
        ctx,
        callerOf(request),
        authOf(request).scope,
        id,
        request.query.version,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/investment-agents',
    {
      config: read,
      schema: {
        tags,
        querystring: InvestmentAgentListQuery,
        response: responses({ 200: Page(InvestmentAgent) }),
      },
    },
    (request) => agents.listAgents(ctx, authOf(request).scope, request.query),
  );
  app.post(
    '/investment-agents',
    {
      config: manage,
      schema: { tags, body: InvestmentAgentCreateBody, response: responses({ 201: InvestmentAgent }) },
    },
    async (request, reply) =>
      reply.status(201).send(await agents.createAgent(ctx, callerOf(request), request.body)),
  );
  app.get(
    '/investment-agents/:id',
    {
      config: read,
      schema: { tags, params: IdParams, response: responses({ 200: InvestmentAgentDetail }, [404]) },
    },
    (request) => agents.getAgent(ctx, authOf(request).scope, request.params.id),
  );
  app.put(
    '/investment-agents/:id',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: InvestmentAgentUpdateBody,
        response: responses({ 200: InvestmentAgent }, [404, 409]),
      },
    },
    (request) =>
      agents.updateAgent(ctx, callerOf(request), authOf(request).scope, request.params.id, request.body),
  );
}
