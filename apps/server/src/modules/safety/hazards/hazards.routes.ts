import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  DeadlineBody,
  HazardCreateBody,
  HazardDetail,
  HazardListQuery,
  HazardPage,
  IdParams,
  RectificationBody,
  ReinspectionBody,
  RemediationPlanBody,
  SupervisionBody,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import { registerAgreementRoutes } from './agreements.routes.js';
import * as loop from './hazard-loop.service.js';
import { getHazard, listHazards } from './hazard-read.service.js';
import { registerNoticeRoutes } from './notices.routes.js';

const tags = ['hazards'];

/** Hazards (隐患) and their rectification loop; notices and safety agreements register alongside. */
export function registerHazardRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/hazards',
    {
      config: { permission: 'safety:read' },
      schema: {
        tags,
        summary: '隐患台账',
        querystring: HazardListQuery,
        response: responses({ 200: HazardPage }),
      },
    },
    (request) => listHazards(ctx, authOf(request).scope, request.query),
  );

  app.get(
    '/hazards/:id',
    {
      config: { permission: 'safety:read' },
      schema: {
        tags,
        summary: '隐患详情',
        params: IdParams,
        response: responses({ 200: HazardDetail }, [404]),
      },
    },
    (request) => getHazard(ctx, authOf(request).scope, request.params.id),
  );

  app.post(
    '/hazards',
    {
      config: { permission: 'safety:inspect' },
      schema: {
        tags,
        summary: '登记隐患',
        body: HazardCreateBody,
        response: responses({ 201: HazardDetail }, [409]),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await loop.createHazard(ctx, callerOf(request), request.body)),
  );

  app.post(
    '/hazards/:id/rectifications',
    {
      config: { permission: 'hazard:rectify' },
      schema: {
        tags,
        summary: '企业提交整改',
        params: IdParams,
        body: RectificationBody,
        response: responses({ 200: HazardDetail }, [404, 409]),
      },
    },
    (request) => loop.submitRectification(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/hazards/:id/reinspection',
    {
      config: { permission: 'safety:inspect' },
      schema: {
        tags,
        summary: '复查:销号或退回',
        params: IdParams,
        body: ReinspectionBody,
        response: responses({ 200: HazardDetail }, [404, 409]),
      },
    },
    (request) => loop.reinspect(ctx, callerOf(request), request.params.id, request.body),
  );

  app.put(
    '/hazards/:id/plan',
    {
      config: { permission: ['hazard:rectify', 'safety:inspect'] },
      schema: {
        tags,
        summary: '重大隐患治理方案',
        params: IdParams,
        body: RemediationPlanBody,
        response: responses({ 200: HazardDetail }, [404, 409]),
      },
    },
    (request) => loop.savePlan(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/hazards/:id/supervision',
    {
      config: { permission: 'safety:manage' },
      schema: {
        tags,
        summary: '挂牌督办',
        params: IdParams,
        body: SupervisionBody,
        response: responses({ 200: HazardDetail }, [404, 409]),
      },
    },
    (request) => loop.supervise(ctx, callerOf(request), request.params.id, request.body),
  );

  app.put(
    '/hazards/:id/deadline',
    {
      config: { permission: 'safety:inspect' },
      schema: {
        tags,
        summary: '调整整改期限',
        params: IdParams,
        body: DeadlineBody,
        response: responses({ 200: HazardDetail }, [404, 409]),
      },
    },
    (request) => loop.changeDeadline(ctx, callerOf(request), request.params.id, request.body),
  );

  registerNoticeRoutes(fastify, ctx);
  registerAgreementRoutes(fastify, ctx);
}
