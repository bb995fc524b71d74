import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  Checklist,
  ChecklistCreateBody,
  ChecklistListQuery,
  ChecklistUpdateBody,
  IdParams,
  VersionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import * as service from './checklists.service.js';

const tags = ['inspections'];

/** Checklist templates (检查表): read with safety:read, kept with safety:manage. */
export function registerChecklistRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/inspections/checklists',
    {
      config: { permission: 'safety:read' },
      schema: { tags, querystring: ChecklistListQuery, response: responses({ 200: Type.Array(Checklist) }) },
    },
    (request) => service.listChecklists(ctx, request.query.includeArchived ?? false),
  );

  app.get(
    '/inspections/checklists/:id',
    {
      config: { permission: 'safety:read' },
      schema: { tags, params: IdParams, response: responses({ 200: Checklist }, [404]) },
    },
    (request) => service.getChecklist(ctx, request.params.id),
  );

  app.post(
    '/inspections/checklists',
    {
      config: { permission: 'safety:manage' },
      schema: { tags, body: ChecklistCreateBody, response: responses({ 201: Checklist }) },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createChecklist(ctx, callerOf(request), request.body)),
  );

  app.put(
    '/inspections/checklists/:id',
    {
      config: { permission: 'safety:manage' },
      schema: {
        tags,
        params: IdParams,
        body: ChecklistUpdateBody,
        response: responses({ 200: Checklist }, [404, 409]),
      },
    },
    (request) => service.updateChecklist(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/inspections/checklists/:id/copy',
    {
      config: { permission: 'safety:manage' },
      schema: { tags, params: IdParams, response: responses({ 201: Checklist }, [404]) },
    },
    async (request, reply) =>
      reply.status(201).send(await service.copyChecklist(ctx, callerOf(request), request.params.id)),
  );

  app.post(
    '/inspections/checklists/:id/archive',
    {
      config: { permission: 'safety:manage' },
      schema: {
        tags,
        params: IdParams,
        body: VersionBody,
        response: responses({ 200: Checklist }, [404, 409]),
      },
    },
    (request) =>
      service.setChecklistStatus(ctx, callerOf(request), request.params.id, 'archived', request.body.version),
  );

  app.post(
    '/inspections/checklists/:id/restore',
    {
      config: { permission: 'safety:manage' },
      schema: {
        tags,
        params: IdParams,
        body: VersionBody,
        response: responses({ 200: Checklist }, [404, 409]),
      },
    },
    (request) =>
      service.setChecklistStatus(ctx, callerOf(request), request.params.id, 'active', request.body.version),
  );
}
