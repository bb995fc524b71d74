import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  IdParams,
  Page,
  Project,
  ProjectCreateBody,
  ProjectDetail,
  ProjectEnterpriseLinkBody,
  ProjectListQuery,
  ProjectUpdateBody,
  StageTransitionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import { authOf } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import { linkEnterprise } from './enterprise-link.service.js';
import { registerProjectPartRoutes } from './project-parts.routes.js';
import * as service from './projects.service.js';
import { moveStage } from './stage.service.js';

const tags = ['projects'];

/** Projects of the pipeline and government works: list, detail, create, edit, stage, enterprise. */
export function registerProjectRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/projects',
    {
      config: { permission: 'project:read' },
      schema: { tags, querystring: ProjectListQuery, response: responses({ 200: Page(Project) }) },
    },
    (request) => service.listProjects(ctx, authOf(request).scope, request.query),
  );

  app.get(
    '/projects/:id',
    {
      config: { permission: 'project:read' },
      schema: { tags, params: IdParams, response: responses({ 200: ProjectDetail }, [404]) },
    },
    (request) => service.getProject(ctx, authOf(request).scope, request.params.id),
  );

  app.post(
    '/projects',
    {
      config: { permission: 'project:manage' },
      schema: { tags, body: ProjectCreateBody, response: responses({ 201: ProjectDetail }, [409]) },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createProject(ctx, callerOf(request), authOf(request).scope, request.body)),
  );

  app.put(
    '/projects/:id',
    {
      config: { permission: 'project:manage' },
      schema: {
        tags,
        params: IdParams,
        body: ProjectUpdateBody,
        response: responses({ 200: ProjectDetail }, [404, 409]),
      },
    },
    (request) =>
      service.updateProject(ctx, callerOf(request), authOf(request).scope, request.params.id, request.body),
  );

  app.post(
    '/projects/:id/stage',
    {
      config: { permission: 'project:manage' },
      schema: {
        tags,
        params: IdParams,
        body: StageTransitionBody,
        response: responses({ 200: ProjectDetail }, [404, 409]),
      },
    },
    (request) => moveStage(ctx, callerOf(request), authOf(request).scope, request.params.id, request.body),
  );

  app.post(
    '/projects/:id/enterprise',
    {
      config: { permission: 'project:manage' },
      schema: {
        tags,
        params: IdParams,
        body: ProjectEnterpriseLinkBody,
        response: responses({ 200: ProjectDetail }, [404, 409]),
      },
    },
    (request) =>
      linkEnterprise(ctx, callerOf(request), authOf(request).scope, request.params.id, request.body),
  );

  registerProjectPartRoutes(app, ctx);
}
