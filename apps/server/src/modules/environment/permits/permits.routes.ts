import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  DischargePermit,
  DischargePermitCreateBody,
  DischargePermitListQuery,
  DischargePermitUpdateBody,
  IdParams,
  VersionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import * as service from './permits.service.js';

const tags = ['environment'];

/** Discharge permits (排污许可): list, register, correct or renew, revoke. */
export function registerPermitRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/discharge-permits',
    {
      config: { permission: 'env:read' },
      schema: {
        tags,
        querystring: DischargePermitListQuery,
        response: responses({ 200: Type.Array(DischargePermit) }),
      },
    },
    (request) => service.listPermits(ctx, authOf(request).scope, request.query),
  );

  app.get(
    '/discharge-permits/:id',
    {
      config: { permission: 'env:read' },
      schema: { tags, params: IdParams, response: responses({ 200: DischargePermit }, [404]) },
    },
    (request) => service.getPermit(ctx, authOf(request).scope, request.params.id),
  );

  app.post(
    '/discharge-permits',
    {
      config: { permission: 'env:manage' },
      schema: {
        tags,
        body: DischargePermitCreateBody,
        response: responses({ 201: DischargePermit }, [404, 409]),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createPermit(ctx, callerOf(request), request.body)),
  );

  app.put(
    '/discharge-permits/:id',
    {
      config: { permission: 'env:manage' },
      schema: {
        tags,
        params: IdParams,
        body: DischargePermitUpdateBody,
        response: responses({ 200: DischargePermit }, [404, 409]),
      },
    },
    (request) => service.updatePermit(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/discharge-permits/:id/revoke',
    {
      config: { permission: 'env:manage' },
      schema: {
        tags,
        params: IdParams,
        body: VersionBody,
        response: responses({ 200: DischargePermit }, [404, 409]),
      },
    },
    (request) => service.revokePermit(ctx, callerOf(request), request.params.id, request.body.version),
  );
}
