import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  IdParams,
  Page,
  ReportCheck,
  ReportForm,
  ReportListItem,
  ReportListQuery,
  ReportReturnBody,
  ReportRevision,
  ReportRevisionBody,
  ReportSaveBody,
  ReportTask,
  ReportTaskCreateBody,
  ReportTaskListQuery,
  VersionBody,
  ZoneFigure,
  ZoneFigureBody,
  ZoneFigureParams,
  ZoneFigureQuery,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { responses } from '../../../platform/http/responses.js';
import * as tasks from './report-tasks.service.js';
import * as reports from './reports.service.js';
import { enterZoneFigure, listZoneFigures } from './zone-figures.service.js';

const tags = ['reporting'];
const READ = ['report:read', 'report:fill'];

/** Monthly reporting: tasks, the enterprise's form, review, revisions, zone-level figures. */
export function registerReportingRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const scopeOf = (request: Parameters<typeof authOf>[0]) => authOf(request).scope;

  app.get(
    '/report-tasks',
    {
      config: { permission: 'report:read' },
      schema: {
        tags,
        querystring: ReportTaskListQuery,
        response: responses({ 200: Type.Array(ReportTask) }),
      },
    },
    (request) => tasks.listTasks(ctx, scopeOf(request), request.query),
  );

  app.get(
    '/report-tasks/:id',
    {
      config: { permission: 'report:read' },
      schema: { tags, params: IdParams, response: responses({ 200: ReportTask }, [404]) },
    },
    (request) => tasks.getTask(ctx, scopeOf(request), request.params.id),
  );

  app.post(
    '/report-tasks',
    {
      config: { permission: 'report:review' },
      schema: { tags, body: ReportTaskCreateBody, response: responses({ 201: ReportTask }, [409]) },
    },
    async (request, reply) =>
      reply.status(201).send(await tasks.createTask(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/reports',
    {
      config: { permission: READ },
      schema: { tags, querystring: ReportListQuery, response: responses({ 200: Page(ReportListItem) }) },
    },
    (request) => reports.listReports(ctx, scopeOf(request), request.query),
  );

  app.get(
    '/reports/:id',
    {
      config: { permission: READ },
      schema: { tags, params: IdParams, response: responses({ 200: ReportForm }, [404]) },
    },
    (request) => reports.getReport(ctx, scopeOf(request), request.params.id),
  );

  app.put(
    '/reports/:id',
    {
      config: { permission: 'report:fill' },
      schema: {
        tags,
        params: IdParams,
        body: ReportSaveBody,
        response: responses({ 200: ReportForm }, [404, 409]),
      },
    },
    (request) => reports.saveDraft(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/reports/:id/check',
    {
      config: { permission: 'report:fill' },
      schema: {
        tags,
        params: IdParams,
        body: ReportSaveBody,
        response: responses({ 200: Type.Array(ReportCheck) }, [404]),
      },
    },
    (request) => reports.checkValues(ctx, scopeOf(request), request.params.id, request.body),
  );

  app.post(
    '/reports/:id/submit',
    {
      config: { permission: 'report:fill' },
      schema: {
        tags,
        params: IdParams,
        body: ReportSaveBody,
        response: responses({ 200: ReportForm }, [404, 409, 422]),
      },
    },
    (request) => reports.submitReport(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/reports/:id/approve',
    {
      config: { permission: 'report:review' },
      schema: {
        tags,
        params: IdParams,
        body: VersionBody,
        response: responses({ 200: ReportForm }, [404, 409]),
      },
    },
    (request) => reports.approveReport(ctx, callerOf(request), request.params.id, request.body.version),
  );

  app.post(
    '/reports/:id/return',
    {
      config: { permission: 'report:review' },
      schema: {
        tags,
        params: IdParams,
        body: ReportReturnBody,
        response: responses({ 200: ReportForm }, [404, 409]),
      },
    },
    (request) => reports.returnReport(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/reports/:id/revisions',
    {
      config: { permission: 'report:review' },
      schema: {
        tags,
        params: IdParams,
        body: ReportRevisionBody,
        response: responses({ 200: ReportForm }, [404, 409, 422]),
      },
    },
    (request) => reports.reviseReport(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/reports/:id/revisions',
    {
      config: { permission: READ },
      schema: { tags, params: IdParams, response: responses({ 200: Type.Array(ReportRevision) }, [404]) },
    },
    (request) => reports.listRevisions(ctx, scopeOf(request), request.params.id),
  );

  app.get(
    '/zone-figures',
    {
      config: { permission: 'stats:enter' },
      schema: { tags, querystring: ZoneFigureQuery, response: responses({ 200: Type.Array(ZoneFigure) }) },
    },
    (request) => listZoneFigures(ctx, request.query.period),
  );

  app.put(
    '/zone-figures/:code/:period',
    {
      config: { permission: 'stats:enter' },
      schema: {
        tags,
        params: ZoneFigureParams,
        body: ZoneFigureBody,
        response: responses({ 200: ZoneFigure }, [409]),
      },
    },
    (request) =>
      enterZoneFigure(ctx, callerOf(request), request.params.code, request.params.period, request.body),
  );
}
