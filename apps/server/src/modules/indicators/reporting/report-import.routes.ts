import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { IdParams, ImportErrorBody, ReportImportResult, StrictObject } from '@kaifaqu/contracts';
import { callerOf } from '../../../platform/audit/audited-change.js';
import type { AppContext } from '../../../platform/context.js';
import { readImportFile } from '../../../platform/excel/upload.js';
import { responses } from '../../../platform/http/responses.js';
import { binaryBody, sendWorkbook } from '../../../platform/http/workbook-reply.js';
import { importReports, reportTemplate } from './report-import.service.js';

const tags = ['reporting'];

/** Excel import of a whole month of reports by the statistics staff: the template and the import. */
export function registerReportImportRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/report-tasks/:id/template.xlsx',
    {
      config: { permission: 'report:review' },
      schema: {
        tags,
        summary: '下载月报导入模板(本任务中您数据范围内的企业)',
        params: IdParams,
        querystring: StrictObject({}),
        response: responses({ 200: binaryBody }, [404]),
      },
    },
    async (request, reply) =>
      sendWorkbook(reply, await reportTemplate(ctx, callerOf(request), request.params.id)),
  );

  app.post(
    '/report-tasks/:id/import',
    {
      config: { permission: 'report:review' },
      schema: {
        tags,
        summary: '导入整月月报(multipart/form-data:file 为 .xlsx),全部通过才写入',
        params: IdParams,
        querystring: StrictObject({}),
        response: { ...responses({ 200: ReportImportResult }, [404, 409, 413]), 400: ImportErrorBody },
      },
    },
    async (request, reply) => {
      const outcome = await importReports(
        ctx,
        callerOf(request),
        request.params.id,
        await readImportFile(request),
      );
      return outcome.ok ? outcome.result : reply.status(400).send(outcome.error);
    },
  );
}
