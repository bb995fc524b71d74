import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  IdParams,
  InvestmentActivity,
  InvestmentActivityCreateBody,
  InvestmentActivityListQuery,
  InvestmentActivityUpdateBody,
  InvestmentDeleteQuery,
  Lead,
  LeadCreateBody,
  LeadDropBody,
  LeadListQuery,
  LeadUpdateBody,
  Page,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import { authOf } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import * as activities from './activities.service.js';
import * as leads from './leads.service.js';

const tags = ['investment'];
const read = { permission: 'investment:read' };
const manage = { permission: 'investment:manage' };

/** 线索 and 招商活动 (接待/外出考察/推介会). Converting a lead is the projects module's POST /projects. */
export function registerLeadAndActivityRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/leads',
    { config: read, schema: { tags, querystring: LeadListQuery, response: responses({ 200: Page(Lead) }) } },
    (request) => leads.listLeads(ctx, authOf(request).scope, request.query),
  );
  app.post(
    '/leads',
    { config: manage, schema: { tags, body: LeadCreateBody, response: responses({ 201: Lead }) } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await leads.createLead(ctx, callerOf(request), authOf(request).scope, request.body)),
  );
  app.get(
    '/leads/:id',
    { config: read, schema: { tags, params: IdParams, response: responses({ 200: Lead }, [404]) } },
    (request) => leads.getLead(ctx, authOf(request).scope, request.params.id),
  );
  app.put(
    '/leads/:id',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: LeadUpdateBody,
        response: responses({ 200: Lead }, [404, 409]),
      },
    },
    (request) =>
      leads.updateLead(ctx, callerOf(request), authOf(request).scope, request.params.id, request.body),
  );
  app.post(
    '/leads/:id/drop',
    {
      config: manage,
      schema: { tags, params: IdParams, body: LeadDropBody, response: responses({ 200: Lead }, [404, 409]) },
    },
    (request) =>
      leads.dropLead(ctx, callerOf(request), authOf(request).scope, request.params.id, request.body),
  );

  app.get(
    '/investment-activities',
    {
      config: read,
      schema: {
        tags,
        querystring: InvestmentActivityListQuery,
        response: responses({ 200: Page(InvestmentActivity) }),
      },
    },
    (request) => activities.listActivities(ctx, authOf(request).scope, request.query),
  );
  app.post(
    '/investment-activities',
    {
      config: manage,
      schema: { tags, body: InvestmentActivityCreateBody, response: responses({ 201: InvestmentActivity }) },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await activities.createActivity(ctx, callerOf(request), authOf(request).scope, request.body)),
  );
  app.get(
    '/investment-activities/:id',
    {
      config: read,
      schema: { tags, params: IdParams, response: responses({ 200: InvestmentActivity }, [404]) },
    },
    (request) => activities.getActivity(ctx, authOf(request).scope, request.params.id),
  );
  app.put(
    '/investment-activities/:id',
    {
      config: manage,
      schema: {
        tags,
        params: IdParams,
        body: InvestmentActivityUpdateBody,
        response: responses({ 200: InvestmentActivity }, [404, 409]),
      },
    },
    (request) =>
      activities.updateActivity(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.body,
      ),
  );
  app.delete(
    '/investment-activities/:id',
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
      await activities.deleteActivity(
        ctx,
        callerOf(request),
        authOf(request).scope,
        id,
        request.query.version,
      );
      return reply.status(204).send(null);
    },
  );
}
