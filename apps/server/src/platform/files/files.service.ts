import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ErrorCode, type FileMeta } from '@kaifaqu/contracts';
import { appendAudit } from '../audit/audit-trail.js';
import { actorOf, type AuthContext } from '../auth/auth-context.js';
import type { AppContext } from '../context.js';
import type { FileTable } from '../db/database.js';
import { AppError, badRequest, notFound } from '../errors.js';
import { isUuid, newId } from '../ids.js';
import { cleanFileName, detectFileType } from './file-type.js';
import { findFileInScope, insertFile } from './files.repository.js';

/** An upload as the route read it from the multipart body. */
export interface UploadInput {
  fileName: string;
  content: Buffer;
  enterpriseId?: string;
  subParkId?: string;
}

/**
 * Stores an upload after checking its type by extension and magic bytes, stamps its ownership from
 * the caller's data scope (never trusting the form for an enterprise user) and audits it in the
 * same transaction as its metadata row.
 */
export async function uploadFile(
  ctx: AppContext,
  auth: AuthContext,
  ip: string,
  input: UploadInput,
): Promise<FileMeta> {
  const originalName = cleanFileName(input.fileName);
  if (!originalName) throw badRequest('文件名不能为空');
  const contentType = detectFileType(originalName, input.content);
  if (!contentType) {
    throw new AppError(
      400,
      ErrorCode.fileTypeNotAllowed,
      '仅支持上传 jpg、png、pdf、xlsx、docx 文件,且文件内容须与扩展名一致',
    );
  }
  const owner = ownershipOf(auth, input);
  const now = ctx.clock.now();
  const row: FileTable = {
    id: newId(now.getTime()),
    original_name: originalName,
    content_type: contentType,
    size_bytes: input.content.length,
    sha256: createHash('sha256').update(input.content).digest('hex'),
    storage_key: await ctx.files.put(input.content),
    enterprise_id: owner.enterpriseId,
    sub_park_id: owner.subParkId,
    department_id: auth.departmentId,
    created_by: auth.userId,
    created_at: now.toISOString(),
  };
  const meta = toFileMeta(row);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertFile(trx, row);
      await appendAudit(
        trx,
        ctx.dialect,
        {
          actor: actorOf(auth),
          ip,
          action: 'file.upload',
          objectType: 'file',
          objectId: row.id,
          result: 'success',
          detail: `${originalName} (${row.size_bytes} 字节)`,
          after: meta,
        },
        now,
      );
    });
  } catch (error) {
    await ctx.files.remove(row.storage_key); // no orphan bytes without a metadata row
    throw error;
  }
  return meta;
}

/**
 * Opens an attachment the caller's scope covers, audited as a download. A malformed id, a missing
 * one and another enterprise's all answer the same 404 (and are audited as failures).
 */
export async function openFileForDownload(
  ctx: AppContext,
  auth: AuthContext,
  ip: string,
  id: string,
): Promise<{ file: FileTable; content: Readable }> {
  const file = isUuid(id) ? await findFileInScope(ctx.db, auth.scope, id) : undefined;
  const audit = {
    actor: actorOf(auth),
    ip,
    action: 'file.download',
    objectType: 'file',
    objectId: isUuid(id) ? id : null,
  };
  if (!file) {
    await ctx.audit({ ...audit, result: 'failure', detail: `附件不存在或无权访问: ${id.slice(0, 100)}` });
    throw notFound('附件');
  }
  const content = await ctx.files.open(file.storage_key);
  try {
    await ctx.audit({ ...audit, result: 'success', detail: file.original_name });
  } catch (error) {
    content.destroy();
    throw error;
  }
  return { file, content };
}

/** The API shape of a stored attachment. */
export function toFileMeta(row: FileTable): FileMeta {
  return {
    id: row.id,
    originalName: row.original_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    enterpriseId: row.enterprise_id,
    subParkId: row.sub_park_id,
    createdAt: row.created_at,
  };
}

/** Who may see the file: an enterprise user's own enterprise; a sub-park user only a listed sub-park. */
function ownershipOf(
  auth: AuthContext,
  input: UploadInput,
): { enterpriseId: string | null; subParkId: string | null } {
  const scope = auth.scope;
  switch (scope.kind) {
    case 'enterprise':
      return { enterpriseId: scope.enterpriseId, subParkId: null };
    case 'subParks': {
      const subParkId = input.subParkId ?? (scope.subParkIds.length === 1 ? scope.subParkIds[0] : undefined);
      if (subParkId === undefined && scope.subParkIds.length > 1) throw badRequest('请选择附件所属的园区');
      // The uploader could not see the file afterwards, so the answer is the usual 404.
      if (subParkId === undefined || !scope.subParkIds.includes(subParkId)) throw notFound('园区');
      return { enterpriseId: input.enterpriseId ?? null, subParkId };
    }
    default:
      return { enterpriseId: input.enterpriseId ?? null, subParkId: input.subParkId ?? null };
  }
}
