import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  IdParams,
  Page,
  User,
  UserCreateBody,
  UserListQuery,
  UserRolesBody,
  UserUpdateBody,
  UserWithInitialPassword,
  VersionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import * as service from './users.service.js';

const tags = ['accounts'];
const READ = ['user:read', 'role:assign'] as const;

/** Account administration (system administrator) and role grants (security administrator). */
export function registerUserRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/users',
    {
      config: { permission: READ },
      schema: { tags, querystring: UserListQuery, response: responses({ 200: Page(User) }) },
    },
    (request) => service.listUsers(ctx, request.query),
  );

  app.get(
    '/users/:id',
    {
      config: { permission: READ },
      schema: { tags, params: IdParams, response: responses({ 200: User }, [404]) },
    },
    (request) => service.getUser(ctx, request.params.id),
  );

  app.post(
    '/users',
    {
      config: { permission: 'user:manage' },
      schema: { tags, body: UserCreateBody, response: responses({ 201: UserWithInitialPassword }, [409]) },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createUser(ctx, callerOf(request), request.body)),
  );

  app.put(
    '/users/:id',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags,
        params: IdParams,
        body: UserUpdateBody,
        response: responses({ 200: User }, [404, 409]),
      },
    },
    (request) => service.updateUser(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/users/:id/disable',
    {
      config: { permission: 'user:manage' },
      schema: { tags, params: IdParams, body: VersionBody, response: responses({ 200: User }, [404, 409]) },
    },
    (request) =>
      service.setUserStatus(ctx, callerOf(request), request.params.id, 'disabled', request.body.version),
  );

  app.post(
    '/users/:id/enable',
    {
      config: { permission: 'user:manage' },
      schema: { tags, params: IdParams, body: VersionBody, response: responses({ 200: User }, [404, 409]) },
    },
    (request) =>
      service.setUserStatus(ctx, callerOf(request), request.params.id, 'active', request.body.version),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags,
        params: IdParams,
        body: VersionBody,
        response: responses({ 200: UserWithInitialPassword }, [404, 409]),
      },
    },
    (request) => service.resetPassword(ctx, callerOf(request), request.params.id, request.body.version),
  );

  app.post(
    '/users/:id/reset-totp',
    {
      config: { permission: 'user:manage' },
      schema: { tags, params: IdParams, body: VersionBody, response: responses({ 200: User }, [404, 409]) },
    },
    (request) => service.resetTotp(ctx, callerOf(request), request.params.id, request.body.version),
  );

  app.put(
    '/users/:id/roles',
    {
      config: { permission: 'role:assign' },
      schema: { tags, params: IdParams, body: UserRolesBody, response: responses({ 200: User }, [404, 409]) },
    },
    (request) => service.assignRoles(ctx, callerOf(request), request.params.id, request.body),
  );
}
