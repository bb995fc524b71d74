import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  HazardErrorCode,
  type NoticeCreateBody,
  type NoticeListQuery,
  type NoticePage,
  type RectificationNotice,
} from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { AuthContext } from '../../../platform/auth/auth-context.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { FileTable } from '../../../platform/db/database.js';
import { DOCX_CONTENT_TYPE } from '../../../platform/documents/word-document.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { insertFile } from '../../../platform/files/files.repository.js';
import { openFileForDownload } from '../../../platform/files/files.service.js';
import { isUuid, newId } from '../../../platform/ids.js';
import { noticeView } from './hazard-views.js';
import * as hazards from './hazards.repository.js';
import { recordEvent, scopeOfCaller } from './hazards.service.js';
import { shanghaiToday } from '../../../platform/dates.js';
import { renderNoticeDocument } from './notice-document.js';
import * as repo from './notices.repository.js';

/** 安环整改〔2026〕第001号. */
export function noticeNumber(year: number, seq: number): string {
  return `安环整改〔${year}〕第${String(seq).padStart(3, '0')}号`;
}

/**
 * Issues a rectification notice (整改通知书) about open hazards of one enterprise: numbers it
 * (sequential per year), renders the .docx, files it as an attachment the enterprise may download
 * and notes it on each hazard's timeline.
 */
export async function issueNotice(
  ctx: AppContext,
  caller: Caller,
  body: NoticeCreateBody,
): Promise<RectificationNotice> {
  const today = shanghaiToday(ctx);
  if (body.deadline < today) throw badRequest('整改期限不能早于今天');
  const ids = [...new Set(body.hazardIds)];
  let storedKey: string | undefined;
  try {
    return await auditedChange(ctx, caller, 'notice.issue', 'rectificationNotice', async (trx) => {
      const rows = await hazards.hazardsByIds(trx, scopeOfCaller(caller), ids);
      if (rows.length !== ids.length) throw notFound('隐患');
      if (rows.some((h) => h.enterprise_id !== body.enterpriseId || h.status === 'closed'))
        throw conflict('整改通知书只能包含同一企业未销号的隐患', HazardErrorCode.noticeHazardsInvalid);
      const enterprise = rows[0]!;
      const year = Number(today.slice(0, 4));
      const number = noticeNumber(year, await hazards.nextSequence(trx, 'notice', year));
      const content = await renderNoticeDocument({
        number,
        enterpriseName: enterprise.enterprise_name,
        deadline: body.deadline,
        issuingBody: body.issuingBody,
        issuedOn: today,
        hazards: rows.map((h) => ({
          code: h.code,
          description: h.description,
          location: h.location,
          grade: h.grade,
          legalBasis: h.legal_basis,
          deadline: h.deadline,
        })),
      });
      const at = ctx.clock.now().toISOString();
      storedKey = await ctx.files.put(content);
      const file: FileTable = {
        id: newId(),
        original_name: `隐患整改通知书-${number}.docx`,
        content_type: DOCX_CONTENT_TYPE,
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        storage_key: storedKey,
        enterprise_id: enterprise.enterprise_id,
        sub_park_id: enterprise.sub_park_id,
        department_id: caller.auth?.departmentId ?? enterprise.department_id,
        created_by: caller.auth?.userId ?? 'system',
        created_at: at,
      };
      await insertFile(trx, file);
      const row = {
        id: newId(),
        number,
        year,
        enterprise_id: enterprise.enterprise_id,
        sub_park_id: enterprise.sub_park_id,
        department_id: file.department_id,
        deadline: body.deadline,
        issuing_body: body.issuingBody,
        issued_on: today,
        file_id: file.id,
        created_by: caller.auth?.userId ?? null,
        created_at: at,
      };
      await repo.insertNotice(
        trx,
        row,
        rows.map((h) => h.id),
      );
      for (const h of rows)
        await recordEvent(trx, ctx, caller, h.id, {
          action: 'notice',
          from: h.status,
          to: h.status,
          note: number,
        });
      const view = noticeView(
        { ...row, enterprise_name: enterprise.enterprise_name },
        rows.map((h) => h.id),
      );
      return {
        objectId: row.id,
        before: null,
        after: view,
        value: view,
        detail: `${number} ${enterprise.enterprise_name}`,
      };
    });
  } catch (error) {
    if (storedKey) await ctx.files.remove(storedKey); // no orphan bytes without their row
    throw error;
  }
}

/** One page of notices in scope. */
export async function listNotices(
  ctx: AppContext,
  scope: DataScope,
  query: NoticeListQuery,
): Promise<NoticePage> {
  const pageSize = query.pageSize ?? 20;
  const page = await repo.listNotices(ctx.db, scope, query, {
    offset: ((query.page ?? 1) - 1) * pageSize,
    limit: pageSize,
  });
  const ids = await repo.hazardIdsOf(
    ctx.db,
    page.items.map((n) => n.id),
  );
  return { items: page.items.map((n) => noticeView(n, ids.get(n.id) ?? [])), total: page.total };
}

/** The notice's .docx, if the notice is in scope (404 otherwise); the download is audited. */
export async function openNoticeDocument(
  ctx: AppContext,
  auth: AuthContext,
  ip: string,
  id: string,
): Promise<{ file: FileTable; content: Readable }> {
  const notice = isUuid(id) ? await repo.findNotice(ctx.db, auth.scope, id) : undefined;
  if (!notice) throw notFound('整改通知书');
  return openFileForDownload(ctx, auth, ip, notice.file_id);
}
