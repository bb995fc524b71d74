import type { FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import { contentDisposition } from '../files/files.routes.js';

/** A generated workbook and the name to offer it under. */
export interface Workbook {
  fileName: string;
  content: Buffer;
}

/** Response schema of a file download. */
export const binaryBody = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends an xlsx as a private, non-cached download. */
export function sendWorkbook(reply: FastifyReply, workbook: Workbook) {
  return reply
    .type(XLSX_TYPE)
    .header('content-disposition', contentDisposition(workbook.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(workbook.content);
}
