import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  IdParams,
  Industry,
  LeadingIndustry,
  LiaisonCandidate,
  Qualification,
  QualificationBody,
  QualificationParams,
  VersionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import { listActiveStaff } from '../../platform/auth/auth.repository.js';
import { authOf } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import { allIndustries } from './industries.js';
import { listLeadingIndustries } from './leading-industries.repository.js';
import * as service from './qualifications.service.js';

const tags = ['enterprises'];

/** Qualifications of an enterprise, and the registry's dictionaries (GB/T 4754, 主导产业). */
export function registerQualificationRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/enterprises/:id/qualifications',
    {
      config: { permission: 'enterprise:read' },
      schema: { tags, params: IdParams, response: responses({ 200: Type.Array(Qualification) }, [404]) },
    },
    (request) => service.listQualifications(ctx, authOf(request).scope, request.params.id),
  );

  app.post(
    '/enterprises/:id/qualifications',
    {
      config: { permission: 'enterprise:manage' },
      schema: {
        tags,
        params: IdParams,
        body: QualificationBody,
        response: responses({ 201: Qualification }, [404]),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.addQualification(
            ctx,
            callerOf(request),
            authOf(request).scope,
            request.params.id,
            request.body,
          ),
        ),
  );

  app.post(
    '/enterprises/:id/qualifications/:qualificationId/revoke',
    {
      config: { permission: 'enterprise:manage' },
      schema: {
        tags,
        params: QualificationParams,
        body: VersionBody,
        response: responses({ 204: Type.Null() }, [404, 409]),
      },
    },
    async (request, reply) => {
      await service.revokeQualification(
        ctx,
        callerOf(request),
        authOf(request).scope,
        request.params.id,
        request.params.qualificationId,
        request.body.version,
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/industries',
    {
      config: { permission: 'enterprise:read' },
      schema: { tags, response: responses({ 200: Type.Array(Industry) }) },
    },
    () => allIndustries(),
  );

  app.get(
    '/enterprises/liaison-candidates',
    {
      config: { permission: 'enterprise:manage' },
      schema: { tags, response: responses({ 200: Type.Array(LiaisonCandidate) }) },
    },
    async () =>
      (await listActiveStaff(ctx.db)).map((u) => ({
        id: u.id,
        displayName: u.display_name,
        departmentId: u.department_id,
      })),
  );

  app.get(
    '/leading-industries',
    {
      config: { permission: 'enterprise:read' },
      schema: { tags, response: responses({ 200: Type.Array(LeadingIndustry) }) },
    },
    () => listLeadingIndustries(ctx.db),
  );
}
