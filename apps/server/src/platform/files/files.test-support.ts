import { randomBytes } from 'node:crypto';
import type { KaifaquApp } from '../../app.js';

// Helpers shared by the attachment route tests (not a test file itself).

/** One part of a multipart body: a plain field or a file. */
export type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer };

/** A multipart/form-data body built by hand, as a browser would send it. */
export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----kfq${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('filename' in part) {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        part.content,
        Buffer.from('\r\n'),
      );
    } else {
      chunks.push(
        Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** PNG signature bytes. */
export const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A PNG-typed buffer of random content. */
export const png = (size = 200_000) => Buffer.concat([PNG_MAGIC, randomBytes(size)]);

/** POST /api/v1/files with a multipart body. */
export function uploadAs(app: KaifaquApp, cookie: string, parts: Part[]) {
  const body = multipart(parts);
  return app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
}

/** GET /api/v1/files/<rawPath>, the path sent exactly as given. */
export function downloadAs(app: KaifaquApp, cookie: string, rawPath: string) {
  return app.inject({ method: 'GET', url: `/api/v1/files/${rawPath}`, headers: { cookie } });
}
