import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  CoordinationIssue,
  CoordinationIssueCreateBody,
  FundingSource,
  FundingSourceCreateBody,
  FundingSourceParams,
  FundingSourceUpdateBody,
  FundingSummary,
  IdParams,
  Milestone,
  MilestoneCreateBody,
  MilestoneParams,
  MilestoneStandardBody,
  MilestoneUpdateBody,
  ProgressReport,
  ProgressReportCreateBody,
  ProgressReportParams,
  ProgressReportUpdateBody,
  SchedulingDeleteQuery,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import { registerCoordinationRoutes } from './coordination.routes.js';
import * as funding from './funding.service.js';
import * as issues from './issues.service.js';
import * as milestones from './milestones.service.js';
import * as progress from './progress.service.js';

const tags = ['scheduling'];
const READ = { permission: 'project:read' };
const WRITE = { permission: 'schedule:manage' };

/** Milestones, progress reports, funding sources and coordination issues of a project; meetings and the overview. */
export function registerSchedulingRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/projects/:id/milestones',
    {
      config: READ,
      schema: { tags, params: IdParams, response: responses({ 200: Type.Array(Milestone) }, [404]) },
    },
    (request) => milestones.listMilestones(ctx, authOf(request).scope, request.params.id),
  );
  app.post(
    '/projects/:id/milestones',
    {
      config: WRITE,
      schema: {
        tags,
        params: IdParams,
        body: MilestoneCreateBody,
        response: responses({ 201: Milestone }, [404, 409]),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await milestones.createMilestone(ctx, callerOf(request), request.params.id, request.body)),
  );
  app.post(
    '/projects/:id/milestones/standard',
    {
      config: WRITE,
      schema: {
        tags,
        params: IdParams,
        body: MilestoneStandardBody,
        response: responses({ 200: Type.Array(Milestone) }, [404]),
      },
    },
    (request) => milestones.createStandardMilestones(ctx, callerOf(request), request.params.id, request.body),
  );
  app.put(
    '/projects/:id/milestones/:milestoneId',
    {
      config: WRITE,
      schema: {
        tags,
        params: MilestoneParams,
        body: MilestoneUpdateBody,
        response: responses({ 200: Milestone }, [404, 409]),
      },
    },
    (request) =>
      milestones.updateMilestone(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.milestoneId,
        request.body,
      ),
  );
  app.delete(
    '/projects/:id/milestones/:milestoneId',
    {
      config: WRITE,
      schema: {
        tags,
        params: MilestoneParams,
        querystring: SchedulingDeleteQuery,
        response: responses({ 204: Type.Null() }, [404, 409]),
      },
    },
    async (request, reply) => {
      const { id, milestoneId } = request.params;
      await milestones.deleteMilestone(ctx, callerOf(request), id, milestoneId, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/projects/:id/progress-reports',
    {
      config: READ,
      schema: { tags, params: IdParams, response: responses({ 200: Type.Array(ProgressReport) }, [404]) },
    },
    (request) => progress.listProgressReports(ctx, authOf(request).scope, request.params.id),
  );
  app.post(
    '/projects/:id/progress-reports',
    {
      config: WRITE,
      schema: {
        tags,
        params: IdParams,
        body: ProgressReportCreateBody,
        response: responses({ 201: ProgressReport }, [404, 409]),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await progress.createProgressReport(ctx, callerOf(request), request.params.id, request.body)),
  );
  app.put(
    '/projects/:id/progress-reports/:reportId',
    {
      config: WRITE,
      schema: {
        tags,
        params: ProgressReportParams,
        body: ProgressReportUpdateBody,
        response: responses({ 200: ProgressReport }, [404, 409]),
      },
    },
    (request) =>
      progress.updateProgressReport(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.reportId,
        request.body,
      ),
  );

  app.get(
    '/projects/:id/funding-sources',
    { config: READ, schema: { tags, params: IdParams, response: responses({ 200: FundingSummary }, [404]) } },
    (request) => funding.fundingSummary(ctx, authOf(request).scope, request.params.id),
  );
  app.post(
    '/projects/:id/funding-sources',
    {
      config: WRITE,
      schema: {
        tags,
        params: IdParams,
        body: FundingSourceCreateBody,
        response: responses({ 201: FundingSource }, [404]),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await funding.createFundingSource(ctx, callerOf(request), request.params.id, request.body)),
  );
  app.put(
    '/projects/:id/funding-sources/:sourceId',
    {
      config: WRITE,
      schema: {
        tags,
        params: FundingSourceParams,
        body: FundingSourceUpdateBody,
        response: responses({ 200: FundingSource }, [404, 409]),
      },
    },
    (request) =>
      funding.updateFundingSource(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.sourceId,
        request.body,
      ),
  );
  app.delete(
    '/projects/:id/funding-sources/:sourceId',
    {
      config: WRITE,
      schema: {
        tags,
        params: FundingSourceParams,
        querystring: SchedulingDeleteQuery,
        response: responses({ 204: Type.Null() }, [404, 409]),
      },
    },
    async (request, reply) => {
      const { id, sourceId } = request.params;
      await funding.deleteFundingSource(ctx, callerOf(request), id, sourceId, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/projects/:id/coordination-issues',
    {
      config: READ,
      schema: { tags, params: IdParams, response: responses({ 200: Type.Array(CoordinationIssue) }, [404]) },
    },
    (request) => issues.listProjectIssues(ctx, authOf(request).scope, request.params.id),
  );
  app.post(
    '/projects/:id/coordination-issues',
    {
      config: WRITE,
      schema: {
        tags,
        params: IdParams,
        body: CoordinationIssueCreateBody,
        response: responses({ 201: CoordinationIssue }, [404]),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await issues.createIssue(ctx, callerOf(request), request.params.id, request.body)),
  );

  registerCoordinationRoutes(app, ctx);
}
