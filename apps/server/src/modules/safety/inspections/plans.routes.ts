import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  IdParams,
  InspectionPlanCreateBody,
  InspectionPlanDetail,
  InspectionPlanListQuery,
  InspectionPlanPage,
  InspectionPlanUpdateBody,
  VersionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import * as service from './plans.service.js';

const tags = ['inspections'];

/** Inspection plans (检查计划) and their progress: read with safety:read, kept with safety:manage. */
export function registerPlanRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/inspections/plans',
    {
      config: { permission: 'safety:read' },
      schema: {
        tags,
        querystring: InspectionPlanListQuery,
        response: responses({ 200: InspectionPlanPage }),
      },
    },
    (request) => service.listPlans(ctx, authOf(request).scope, request.query),
  );

  app.get(
    '/inspections/plans/:id',
    {
      config: { permission: 'safety:read' },
      schema: { tags, params: IdParams, response: responses({ 200: InspectionPlanDetail }, [404]) },
    },
    (request) => service.getPlan(ctx, authOf(request).scope, request.params.id),
  );

  app.post(
    '/inspections/plans',
    {
      config: { permission: 'safety:manage' },
      schema: { tags, body: InspectionPlanCreateBody, response: responses({ 201: InspectionPlanDetail }) },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createPlan(ctx, callerOf(request), authOf(request).scope, request.body)),
  );

  app.put(
    '/inspections/plans/:id',
    {
      config: { permission: 'safety:manage' },
      schema: {
        tags,
        params: IdParams,
        body: InspectionPlanUpdateBody,
        response: responses({ 200: InspectionPlanDetail }, [404, 409]),
      },
    },
    (request) =>
      service.updatePlan(ctx, callerOf(request), authOf(request).scope, request.params.id, request.body),
  );

  app.post(
    '/inspections/plans/:id/close',
    {
      config: { permission: 'safety:manage' },
      schema: {
        tags,
        params: IdParams,
        body: VersionBody,
        response: responses({ 200: InspectionPlanDetail }, [404, 409]),
      },
    },
    (request) =>
      service.closePlan(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.body.version,
      ),
  );
}
