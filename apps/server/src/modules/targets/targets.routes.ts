import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  IdParams,
  Target,
  TargetCreateBody,
  TargetDeleteQuery,
  TargetListQuery,
  TargetProgress,
  TargetProgressQuery,
  TargetSubject,
  TargetUpdateBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import { authOf } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import { targetProgress } from './progress.service.js';
import * as service from './targets.service.js';

const tags = ['targets'];

/** Annual targets (目标任务): what they can be set for, setting them, and progress against 序时进度. */
export function registerTargetRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/target-subjects',
    {
      config: { permission: 'target:read' },
      schema: { tags, response: responses({ 200: Type.Array(TargetSubject) }) },
    },
    () => service.listSubjects(ctx),
  );

  app.get(
    '/targets',
    {
      config: { permission: 'target:read' },
      schema: { tags, querystring: TargetListQuery, response: responses({ 200: Type.Array(Target) }) },
    },
    (request) => service.listTargets(ctx, request.query.year),
  );

  app.get(
    '/targets/progress',
    {
      config: { permission: 'target:read' },
      schema: {
        tags,
        querystring: TargetProgressQuery,
        response: responses({ 200: Type.Array(TargetProgress) }),
      },
    },
    (request) => targetProgress(ctx, authOf(request).scope, request.query),
  );

  app.post(
    '/targets',
    {
      config: { permission: 'target:manage' },
      schema: { tags, body: TargetCreateBody, response: responses({ 201: Target }, [409]) },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createTarget(ctx, callerOf(request), request.body)),
  );

  app.put(
    '/targets/:id',
    {
      config: { permission: 'target:manage' },
      schema: {
        tags,
        params: IdParams,
        body: TargetUpdateBody,
        response: responses({ 200: Target }, [404, 409]),
      },
    },
    (request) => service.updateTarget(ctx, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/targets/:id',
    {
      config: { permission: 'target:manage' },
      schema: {
        tags,
        params: IdParams,
        querystring: TargetDeleteQuery,
        response: responses({ 204: Type.Null() }, [404, 409]),
      },
    },
    async (request, reply) => {
      await service.deleteTarget(ctx, callerOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
}
