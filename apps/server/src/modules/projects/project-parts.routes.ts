import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  AgreementBody,
  AgreementParams,
  AgreementUpdateBody,
  FundsParams,
  FundsUpsertBody,
  IdParams,
  ProjectAgreement,
  ProjectFunds,
  VersionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import { authOf } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import * as agreements from './agreements.service.js';
import * as funds from './funds.service.js';

const tags = ['projects'];

/** A project's agreements (协议, with 履约) and funds in place (到位资金). */
export function registerProjectPartRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/projects/:id/agreements',
    {
      config: { permission: 'project:read' },
      schema: { tags, params: IdParams, response: responses({ 200: Type.Array(ProjectAgreement) }, [404]) },
    },
    (request) => agreements.listAgreements(ctx, authOf(request).scope, request.params.id),
  );

  app.post(
    '/projects/:id/agreements',
    {
      config: { permission: 'project:manage' },
      schema: {
        tags,
        params: IdParams,
        body: AgreementBody,
        response: responses({ 201: ProjectAgreement }, [404]),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await agreements.createAgreement(
            ctx,
            callerOf(request),
            authOf(request).scope,
            request.params.id,
            request.body,
          ),
        ),
  );

  app.put(
    '/projects/:id/agreements/:agreementId',
    {
      config: { permission: 'project:manage' },
      schema: {
        tags,
        params: AgreementParams,
        body: AgreementUpdateBody,
        response: responses({ 200: ProjectAgreement }, [404, 409]),
      },
    },
    (request) =>
      agreements.updateAgreement(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.params.agreementId,
        request.body,
      ),
  );

  app.delete(
    '/projects/:id/agreements/:agreementId',
    {
      config: { permission: 'project:manage' },
      schema: {
        tags,
        params: AgreementParams,
        querystring: VersionBody,
        response: responses({ 204: Type.Null() }, [404, 409]),
      },
    },
    async (request, reply) => {
      await agreements.deleteAgreement(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.params.agreementId,
        request.query.version,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/projects/:id/funds',
    {
      config: { permission: 'project:read' },
      schema: { tags, params: IdParams, response: responses({ 200: Type.Array(ProjectFunds) }, [404]) },
    },
    (request) => funds.listFunds(ctx, authOf(request).scope, request.params.id),
  );

  app.put(
    '/projects/:id/funds',
    {
      config: { permission: 'project:manage' },
      schema: {
        tags,
        params: IdParams,
        body: FundsUpsertBody,
        response: responses({ 200: ProjectFunds }, [404]),
      },
    },
    (request) =>
      funds.upsertFunds(ctx, callerOf(request), authOf(request).scope, request.params.id, request.body),
  );

  app.delete(
    '/projects/:id/funds/:fundsId',
    {
      config: { permission: 'project:manage' },
      schema: { tags, params: FundsParams, response: responses({ 204: Type.Null() }, [404]) },
    },
    async (request, reply) => {
      await funds.deleteFunds(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.params.fundsId,
      );
      return reply.status(204).send(null);
    },
  );
}
