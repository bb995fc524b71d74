import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  IdParams,
  PermissionView,
  Role,
  RoleCreateBody,
  RoleUpdateBody,
  SecurityPolicyBody,
  SecurityPolicyView,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import * as policy from './policy.service.js';
import * as roles from './roles.service.js';

const tags = ['accounts'];

/** Roles, the permission catalogue and the security policy (security administrator). */
export function registerRoleRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/roles',
    {
      config: { permission: ['role:read', 'user:read'] },
      schema: { tags, response: responses({ 200: Type.Array(Role) }) },
    },
    () => roles.listRoles(ctx),
  );

  app.post(
    '/roles',
    {
      config: { permission: 'role:manage' },
      schema: { tags, body: RoleCreateBody, response: responses({ 201: Role }, [409]) },
    },
    async (request, reply) =>
      reply.status(201).send(await roles.createRole(ctx, callerOf(request), request.body)),
  );

  app.put(
    '/roles/:id',
    {
      config: { permission: 'role:manage' },
      schema: {
        tags,
        params: IdParams,
        body: RoleUpdateBody,
        response: responses({ 200: Role }, [404, 409]),
      },
    },
    (request) => roles.updateRole(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/permissions',
    {
      config: { permission: 'role:read' },
      schema: { tags, response: responses({ 200: Type.Array(PermissionView) }) },
    },
    () => roles.listPermissions(),
  );

  app.get(
    '/security-policy',
    {
      config: { permission: 'policy:manage' },
      schema: { tags, response: responses({ 200: SecurityPolicyView }) },
    },
    () => policy.getPolicy(ctx),
  );

  app.put(
    '/security-policy',
    {
      config: { permission: 'policy:manage' },
      schema: { tags, body: SecurityPolicyBody, response: responses({ 200: SecurityPolicyView }, [409]) },
    },
    (request) => policy.updatePolicy(ctx, callerOf(request), request.body),
  );
}
