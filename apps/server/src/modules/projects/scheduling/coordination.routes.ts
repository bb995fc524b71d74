import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  CoordinationIssue,
  CoordinationIssueListQuery,
  CoordinationIssueTransitionBody,
  CoordinationIssueUpdateBody,
  IdParams,
  SchedulingMeeting,
  SchedulingMeetingCreateBody,
  SchedulingMeetingDetail,
  SchedulingOverviewRow,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import * as issues from './issues.service.js';
import * as meetings from './meetings.service.js';
import { schedulingOverview } from './overview.service.js';

const tags = ['scheduling'];
const READ = { permission: 'project:read' };
const WRITE = { permission: 'schedule:manage' };

/** The 督办 list of coordination issues, scheduling meetings (调度会) and the 项目调度 overview. */
export function registerCoordinationRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/scheduling/overview',
    { config: READ, schema: { tags, response: responses({ 200: Type.Array(SchedulingOverviewRow) }) } },
    (request) => schedulingOverview(ctx, authOf(request).scope),
  );

  app.get(
    '/coordination-issues',
    {
      config: READ,
      schema: {
        tags,
        querystring: CoordinationIssueListQuery,
        response: responses({ 200: Type.Array(CoordinationIssue) }),
      },
    },
    (request) => issues.listIssues(ctx, authOf(request).scope, request.query),
  );
  app.get(
    '/coordination-issues/:id',
    {
      config: READ,
      schema: { tags, params: IdParams, response: responses({ 200: CoordinationIssue }, [404]) },
    },
    (request) => issues.getIssue(ctx, authOf(request).scope, request.params.id),
  );
  app.put(
    '/coordination-issues/:id',
    {
      config: WRITE,
      schema: {
        tags,
        params: IdParams,
        body: CoordinationIssueUpdateBody,
        response: responses({ 200: CoordinationIssue }, [404, 409]),
      },
    },
    (request) => issues.updateIssue(ctx, callerOf(request), request.params.id, request.body),
  );
  app.post(
    '/coordination-issues/:id/transitions',
    {
      config: WRITE,
      schema: {
        tags,
        params: IdParams,
        body: CoordinationIssueTransitionBody,
        response: responses({ 200: CoordinationIssue }, [404, 409]),
      },
    },
    (request) => issues.transitionIssue(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/scheduling-meetings',
    { config: READ, schema: { tags, response: responses({ 200: Type.Array(SchedulingMeeting) }) } },
    (request) => meetings.listMeetings(ctx, authOf(request).scope),
  );
  app.get(
    '/scheduling-meetings/:id',
    {
      config: READ,
      schema: { tags, params: IdParams, response: responses({ 200: SchedulingMeetingDetail }, [404]) },
    },
    (request) => meetings.getMeeting(ctx, authOf(request).scope, request.params.id),
  );
  app.post(
    '/scheduling-meetings',
    {
      config: WRITE,
      schema: {
        tags,
        body: SchedulingMeetingCreateBody,
        response: responses({ 201: SchedulingMeetingDetail }),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await meetings.createMeeting(ctx, callerOf(request), request.body)),
  );
}
