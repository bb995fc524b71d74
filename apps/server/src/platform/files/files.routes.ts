import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorBody, ErrorCode, FileMeta, StrictObject, maxUploadBytes } from '@kaifaqu/contracts';
import { authOf } from '../auth/guard.js';
import type { AppContext } from '../context.js';
import { AppError, badRequest } from '../errors.js';
import { isUuid } from '../ids.js';
import { openFileForDownload, uploadFile, type UploadInput } from './files.service.js';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  500: ErrorBody,
  503: ErrorBody,
};
const OPTIONAL_FIELDS = ['enterpriseId', 'subParkId'] as const;

/** Attachment upload and authorised download (security.md 14); both are audited. */
export function registerFileRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();

  api.post(
    '/files',
    {
      config: { permission: 'file:upload' },
      schema: {
        tags: ['files'],
        summary: '上传附件(multipart/form-data:file,可选 enterpriseId、subParkId)',
        querystring: StrictObject({}),
        response: { 201: FileMeta, 413: ErrorBody, ...errors },
      },
    },
    async (request, reply) => {
      const meta = await uploadFile(ctx, authOf(request), request.ip, await readUpload(request));
      return reply.code(201).send(meta);
    },
  );

  api.get(
    '/files/:id',
    {
      config: { permission: 'file:read' },
      schema: {
        tags: ['files'],
        summary: '下载附件',
        // Deliberately not `format: uuid`: a malformed id must answer 404 like a missing one, not 400.
        params: StrictObject({ id: Type.String({ maxLength: 100 }) }),
        querystring: StrictObject({}),
        response: { 200: Type.Unsafe<Readable>({ type: 'string', format: 'binary' }), ...errors },
      },
    },
    async (request, reply) => {
      const { file, content } = await openFileForDownload(
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
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name as RFC 5987 `filename*`. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Reads the multipart body: exactly one `file` part plus the optional id fields, in any order.
 * Unknown fields are refused (no mass assignment); the size limit answers 413.
 */
async function readUpload(request: FastifyRequest): Promise<UploadInput> {
  if (!request.isMultipart()) throw badRequest('请使用 multipart/form-data 上传文件');
  let file: { fileName: string; content: Buffer } | undefined;
  const fields: Partial<Record<(typeof OPTIONAL_FIELDS)[number], string>> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) throw badRequest('只能上传一个文件,字段名须为 file');
        file = { fileName: part.filename, content: await part.toBuffer() };
        continue;
      }
      const name = OPTIONAL_FIELDS.find((f) => f === part.fieldname);
      if (!name) throw fieldError(part.fieldname.slice(0, 64), '不支持的字段');
      if (typeof part.value !== 'string' || part.valueTruncated || !isUuid(part.value)) {
        throw fieldError(name, '须为有效的 ID');
      }
      fields[name] = part.value;
    }
  } catch (error) {
    throw multipartError(error);
  }
  if (!file) throw badRequest('请选择要上传的文件');
  return { ...file, ...fields };
}

function fieldError(path: string, message: string): AppError {
  return new AppError(400, ErrorCode.validationFailed, `表单字段 ${path} ${message}`, [
    { path: `/${path}`, message },
  ]);
}

/** Translates the multipart plugin's limit errors into our codes and Chinese messages. */
function multipartError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError(413, ErrorCode.fileTooLarge, `文件大小不能超过 ${maxUploadBytes / 1024 / 1024} MB`);
  }
  if (code === 'FST_FILES_LIMIT') return badRequest('一次只能上传一个文件');
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return badRequest('表单字段过多');
  return error;
}
