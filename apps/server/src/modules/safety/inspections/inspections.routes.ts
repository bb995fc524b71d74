import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  IdParams,
  InspectionCreateBody,
  InspectionDetail,
  InspectionItem,
  InspectionItemCreateBody,
  InspectionItemParams,
  InspectionItemUpdateBody,
  InspectionListQuery,
  InspectionPage,
  InspectionUpdateBody,
  VersionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import { registerChecklistRoutes } from './checklists.routes.js';
import { completeInspection, updateItem } from './inspection-completion.service.js';
import * as service from './inspections.service.js';
import { registerPlanRoutes } from './plans.routes.js';

const tags = ['inspections'];

/** Inspection plans, checklists and inspection records; failed items register hazards on completion. */
export function registerInspectionRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  registerPlanRoutes(fastify, ctx);
  registerChecklistRoutes(fastify, ctx);
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/inspections',
    {
      config: { permission: 'safety:read' },
      schema: { tags, querystring: InspectionListQuery, response: responses({ 200: InspectionPage }) },
    },
    (request) => service.listInspections(ctx, authOf(request).scope, request.query),
  );

  app.get(
    '/inspections/:id',
    {
      config: { permission: 'safety:read' },
      schema: { tags, params: IdParams, response: responses({ 200: InspectionDetail }, [404]) },
    },
    (request) => service.getInspection(ctx, authOf(request).scope, request.params.id),
  );

  app.post(
    '/inspections',
    {
      config: { permission: 'safety:inspect' },
      schema: {
        tags,
        body: InspectionCreateBody,
        response: responses({ 201: InspectionDetail }, [404, 409]),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createInspection(ctx, callerOf(request), authOf(request).scope, request.body)),
  );

  app.put(
    '/inspections/:id',
    {
      config: { permission: 'safety:inspect' },
      schema: {
        tags,
        params: IdParams,
        body: InspectionUpdateBody,
        response: responses({ 200: InspectionDetail }, [404, 409]),
      },
    },
    (request) =>
      service.updateInspection(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/inspections/:id/items',
    {
      config: { permission: 'safety:inspect' },
      schema: {
        tags,
        params: IdParams,
        body: InspectionItemCreateBody,
        response: responses({ 201: InspectionDetail }, [404, 409]),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.addItem(
            ctx,
            callerOf(request),
            authOf(request).scope,
            request.params.id,
            request.body,
          ),
        ),
  );

  app.put(
    '/inspections/:id/items/:itemId',
    {
      config: { permission: 'safety:inspect' },
      schema: {
        tags,
        params: InspectionItemParams,
        body: InspectionItemUpdateBody,
        response: responses({ 200: InspectionItem }, [404, 409]),
      },
    },
    (request) =>
      updateItem(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.params.itemId,
        request.body,
      ),
  );

  app.post(
    '/inspections/:id/complete',
    {
      config: { permission: 'safety:inspect' },
      schema: {
        tags,
        params: IdParams,
        body: VersionBody,
        response: responses({ 200: InspectionDetail }, [404, 409]),
      },
    },
    (request) =>
      completeInspection(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.body.version,
      ),
  );
}
