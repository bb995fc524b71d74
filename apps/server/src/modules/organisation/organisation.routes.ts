import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  Department,
  DepartmentCreateBody,
  DepartmentUpdateBody,
  IdParams,
  SubPark,
  SubParkCreateBody,
  SubParkUpdateBody,
  Zone,
  ZoneUpdateBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import { responses } from '../../platform/http/responses.js';
import * as service from './organisation.service.js';

const tags = ['organisation'];

/** Routes for the zone, its sub-parks and departments. */
export function registerOrganisationRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/zone',
    { config: { permission: 'org:read' }, schema: { tags, response: responses({ 200: Zone }, [404]) } },
    () => service.getZone(ctx),
  );
  app.put(
    '/zone',
    {
      config: { permission: 'org:manage' },
      schema: { tags, body: ZoneUpdateBody, response: responses({ 200: Zone }, [404, 409]) },
    },
    (request) => service.updateZone(ctx, callerOf(request), request.body),
  );

  app.get(
    '/sub-parks',
    {
      config: { permission: 'org:read' },
      schema: { tags, response: responses({ 200: Type.Array(SubPark) }) },
    },
    () => service.listSubParks(ctx),
  );
  app.post(
    '/sub-parks',
    {
      config: { permission: 'org:manage' },
      schema: { tags, body: SubParkCreateBody, response: responses({ 201: SubPark }, [409]) },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createSubPark(ctx, callerOf(request), request.body)),
  );
  app.put(
    '/sub-parks/:id',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags,
        params: IdParams,
        body: SubParkUpdateBody,
        response: responses({ 200: SubPark }, [404, 409]),
      },
    },
    (request) => service.updateSubPark(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/departments',
    {
      config: { permission: 'org:read' },
      schema: { tags, response: responses({ 200: Type.Array(Department) }) },
    },
    () => service.listDepartments(ctx),
  );
  app.post(
    '/departments',
    {
      config: { permission: 'org:manage' },
      schema: { tags, body: DepartmentCreateBody, response: responses({ 201: Department }, [409]) },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createDepartment(ctx, callerOf(request), request.body)),
  );
  app.put(
    '/departments/:id',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags,
        params: IdParams,
        body: DepartmentUpdateBody,
        response: responses({ 200: Department }, [404, 409]),
      },
    },
    (request) => service.updateDepartment(ctx, callerOf(request), request.params.id, request.body),
  );
}
