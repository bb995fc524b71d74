import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { EnterpriseExportQuery, ImportErrorBody, ImportResult, StrictObject } from '@kaifaqu/contracts';
import { authOf } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { readImportFile } from '../../platform/excel/upload.js';
import { responses } from '../../platform/http/responses.js';
import { binaryBody, sendWorkbook } from '../../platform/http/workbook-reply.js';
import { exportEnterprises, importTemplate } from './enterprise-export.service.js';
import { importEnterprises } from './enterprise-import.service.js';

const tags = ['enterprises'];

/** Excel import of the registry (template, all-or-nothing import) and the scoped, neutralised export. */
export function registerEnterpriseImportRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/enterprises/import-template',
    {
      config: { permission: 'enterprise:import' },
      schema: {
        tags,
        summary: '下载企业导入模板',
        querystring: StrictObject({}),
        response: responses({ 200: binaryBody }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await importTemplate(ctx, authOf(request))),
  );

  app.post(
    '/enterprises/import',
    {
      config: { permission: 'enterprise:import' },
      schema: {
        tags,
        summary: '导入企业(multipart/form-data:file 为 .xlsx)',
        querystring: StrictObject({}),
        response: { ...responses({ 200: ImportResult }, [409, 413]), 400: ImportErrorBody },
      },
    },
    async (request, reply) => {
      const outcome = await importEnterprises(
        ctx,
        authOf(request),
        request.ip,
        await readImportFile(request),
      );
      return outcome.ok ? outcome.result : reply.status(400).send(outcome.error);
    },
  );

  app.get(
    '/enterprises/export',
    {
      config: { permission: 'enterprise:export' },
      schema: {
        tags,
        summary: '导出企业名录(当前筛选条件)',
        querystring: EnterpriseExportQuery,
        response: responses({ 200: binaryBody }),
      },
    },
    async (request, reply) =>
      sendWorkbook(reply, await exportEnterprises(ctx, authOf(request), request.ip, request.query)),
  );
}
