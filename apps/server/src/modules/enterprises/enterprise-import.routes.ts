import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  EnterpriseExportQuery,
  ErrorCode,
  ImportErrorBody,
  ImportResult,
  StrictObject,
} from '@kaifaqu/contracts';
import { authOf } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { AppError, badRequest } from '../../platform/errors.js';
import { cleanFileName } from '../../platform/files/file-type.js';
import { contentDisposition } from '../../platform/files/files.routes.js';
import { responses } from '../../platform/http/responses.js';
import { exportEnterprises, importTemplate, type Workbook } from './enterprise-export.service.js';
import { importEnterprises, type ImportUpload } from './enterprise-import.service.js';

const tags = ['enterprises'];
/** Largest import upload: far above 5,000 rows of registry data, far below the attachment limit. */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

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
        response: responses({ 200: binary }),
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
        response: responses({ 200: binary }),
      },
    },
    async (request, reply) =>
      sendWorkbook(reply, await exportEnterprises(ctx, authOf(request), request.ip, request.query)),
  );
}

function sendWorkbook(reply: FastifyReply, workbook: Workbook) {
  return reply
    .type(XLSX_TYPE)
    .header('content-disposition', contentDisposition(workbook.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(workbook.content);
}

/** Exactly one `file` part of at most 10 MB; anything else in the form is refused. */
async function readImportFile(request: FastifyRequest): Promise<ImportUpload> {
  if (!request.isMultipart()) throw badRequest('请使用 multipart/form-data 上传文件');
  let upload: ImportUpload | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } })) {
      if (part.type !== 'file' || part.fieldname !== 'file' || upload)
        throw badRequest('只能上传一个文件,字段名须为 file');
      upload = { fileName: cleanFileName(part.filename), content: await part.toBuffer() };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(
        413,
        ErrorCode.fileTooLarge,
        `导入文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
      );
    if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT')
      throw badRequest('只能上传一个文件,字段名须为 file');
    throw error;
  }
  if (!upload) throw badRequest('请选择要导入的 Excel 文件');
  return upload;
}
