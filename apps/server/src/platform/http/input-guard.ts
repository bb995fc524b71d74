import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors.js';

/** True when any string inside a parsed value contains a NUL character. */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, v]) => key.includes('\u0000') || containsNul(v, depth + 1));
}

/**
 * Refuses NUL characters in params, query and body before validation. PostgreSQL cannot store
 * them in text and SQLite would; refusing them here keeps both databases answering the same 400.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.params) || containsNul(request.query) || containsNul(request.body)) {
      throw badRequest('请求中含有不允许的控制字符');
    }
  });
}
