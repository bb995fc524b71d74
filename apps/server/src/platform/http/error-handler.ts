import type { FastifyError, FastifyInstance } from 'fastify';
import { ErrorCode } from '@kaifaqu/contracts';
import { AppError } from '../errors.js';

/** Postgres/SQLite errors that mean "the database is not reachable right now". */
function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return (
    ['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', '57P01', '57P03', '08006', '08001', 'SQLITE_BUSY'].includes(
      code,
    ) || /timeout exceeded when trying to connect|Connection terminated/i.test((error as Error).message ?? '')
  );
}

/** A unique constraint refused a row (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * One error handler for the whole API (architecture rule 9): typed errors keep their code and
 * message; schema failures become 400 with the offending fields; everything else is logged and
 * answered with a 500 that says nothing of internals (security.md 17).
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send({
        code: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      });
    }
    if (error.validation) {
      const details = error.validation.map((v) => ({
        path:
          (v.instancePath || (v.params as { missingProperty?: string }).missingProperty || '') +
          ((v.params as { additionalProperty?: string }).additionalProperty
            ? `/${(v.params as { additionalProperty: string }).additionalProperty}`
            : ''),
        message: v.message ?? 'invalid',
      }));
      return reply
        .status(400)
        .send({ code: ErrorCode.validationFailed, message: '请求参数不合法,请检查后重试', details });
    }
    if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({ code: ErrorCode.fileTooLarge, message: '请求内容超过大小限制' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, wrong content type…): keep the status, hide internals.
      return reply
        .status(error.statusCode)
        .send({ code: ErrorCode.validationFailed, message: '请求格式不正确' });
    }
    if (isUniqueViolation(error)) {
      // Two requests raced to create the same record; the check before the insert saw neither.
      return reply.status(409).send({ code: ErrorCode.conflict, message: '记录已存在,请刷新后重试' });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .send({ code: ErrorCode.serviceUnavailable, message: '服务暂时不可用,请稍后重试' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: ErrorCode.internal, message: '服务器内部错误,请稍后重试' });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ code: ErrorCode.notFound, message: '请求的资源不存在' }),
  );
}
