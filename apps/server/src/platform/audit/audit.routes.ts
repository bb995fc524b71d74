import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AuditEvent, AuditQuery, AuditVerification, ErrorBody, Page, StrictObject } from '@kaifaqu/contracts';
import type { AppContext } from '../context.js';
import { listAuditEvents, verifyAuditChain } from './audit.service.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 500: ErrorBody, 503: ErrorBody };

/**
 * The audit trail for the audit administrator: paged reading and chain verification. Reading the
 * trail is not itself audited (it would audit every page turn of the auditor).
 */
export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.get(
    '/audit-events',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: '查询审计日志(按时间倒序)',
        querystring: AuditQuery,
        response: { 200: Page(AuditEvent), ...errors },
      },
    },
    (request) => listAuditEvents(ctx, request.query),
  );

  api.get(
    '/audit-events/verification',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: '校验审计日志哈希链',
        querystring: StrictObject({}),
        response: { 200: AuditVerification, ...errors },
      },
    },
    () => verifyAuditChain(ctx.db),
  );
}
