import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, Timestamp } from './common.js';

/** Extensions accepted for upload; the content is also checked by magic bytes. */
export const allowedFileExtensions = ['jpg', 'jpeg', 'png', 'pdf', 'xlsx', 'docx'] as const;

/** Largest upload accepted, in bytes (security.md 14). */
export const maxUploadBytes = 20 * 1024 * 1024;

/** Metadata of a stored attachment. */
export const FileMeta = Type.Object({
  id: Id,
  originalName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  enterpriseId: Nullable(Id),
  subParkId: Nullable(Id),
  createdAt: Timestamp,
});
export type FileMeta = Static<typeof FileMeta>;
