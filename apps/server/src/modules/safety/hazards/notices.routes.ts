import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  NoticeCreateBody,
  NoticeListQuery,
  NoticePage,
  RectificationNotice,
  StrictObject,
} from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import { authOf } from '../../../platform/auth/guard.js';
import type { AppContext } from '../../../platform/context.js';
import { contentDisposition } from '../../../platform/files/files.routes.js';
import { responses } from '../../../platform/http/responses.js';
import * as service from './notices.service.js';

const tags = ['hazards'];

/** Rectification notices (整改通知书): issue, list, download the Word document. */
export function registerNoticeRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/rectification-notices',
    {
      config: { permission: 'safety:read' },
      schema: {
        tags,
        summary: '整改通知书',
        querystring: NoticeListQuery,
        response: responses({ 200: NoticePage }),
      },
    },
    (request) => service.listNotices(ctx, authOf(request).scope, request.query),
  );

  app.post(
    '/rectification-notices',
    {
      config: { permission: 'safety:inspect' },
      schema: {
        tags,
        summary: '下发整改通知书',
        body: NoticeCreateBody,
        response: responses({ 201: RectificationNotice }, [404, 409]),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.issueNotice(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/rectification-notices/:id/document',
    {
      config: { permission: 'safety:read' },
      schema: {
        tags,
        summary: '下载整改通知书(Word)',
        // Not `format: uuid`: a malformed id answers 404 like a missing one.
        params: StrictObject({ id: Type.String({ maxLength: 100 }) }),
        response: responses({ 200: Type.Unsafe<Readable>({ type: 'string', format: 'binary' }) }, [404]),
      },
    },
    async (request, reply) => {
      const { file, content } = await service.openNoticeDocument(
        ctx,
        authOf(request),
        request.ip,
        request.params.id,
      );
      return reply
        .type(file.content_type)
        .header('content-length', file.size_bytes)
        .header('content-disposition', contentDisposition(file.original_name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );
}
