import {
  ImportErrorCode,
  type ImportErrorBody,
  type ImportProblem,
  type ImportResult,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { appendAudit } from '../../platform/audit/audit-trail.js';
import { actorOf, type AuthContext } from '../../platform/auth/auth-context.js';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import type { Database } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError } from '../../platform/errors.js';
import { uploadProblem, type ImportUpload } from '../../platform/excel/upload.js';
import { newId } from '../../platform/ids.js';
import { maskPhone } from '../../platform/units.js';
import { organisationRepository } from '../organisation/index.js';
import { COLUMNS, HEADERS, parseRow, type ParsedRow, type RowLookups } from './enterprise-excel.js';
import { readImportSheet, type ImportSheet } from './enterprise-workbook.js';
import * as repo from './enterprises.repository.js';
import { fieldChangeRows, profileColumns, withinScope } from './enterprise-profile.js';
import type { EnterpriseChangeTable, EnterpriseTable } from './enterprises.tables.js';
import { listLeadingIndustries } from './leading-industries.repository.js';
import { STATUS_NAMES } from './lifecycle.js';

/** The answer of an import: counts when everything was written, or every problem when nothing was. */
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; error: ImportErrorBody };

const MAX_PROBLEMS_SHOWN = 1_000; // bounds the response; the message still gives the full count
const COLUMN_ORDER = new Map<string, number>(COLUMNS.map((c, i) => [c.header, i]));

interface Plan {
  problems: ImportProblem[];
  creates: EnterpriseTable[];
  updates: { before: EnterpriseTable; values: Partial<EnterpriseTable>; changes: EnterpriseChangeTable[] }[];
  unchanged: number;
}

/**
 * Imports the enterprise registry from an xlsx (security.md 15): bounded before it is read, every
 * row validated, then all rows written in one transaction with one audit row — or nothing at all.
 * A credit code is matched only inside the caller's scope; one registered outside it is refused.
 */
export async function importEnterprises(
  ctx: AppContext,
  auth: AuthContext,
  ip: string,
  upload: ImportUpload,
): Promise<ImportOutcome> {
  const audit = (result: 'success' | 'failure', detail: object) => ({
    actor: actorOf(auth),
    ip,
    action: 'enterprise.import',
    objectType: 'enterprise',
    result,
    detail: JSON.stringify({ file: upload.fileName, ...detail }),
  });
  const refuse = async (message: string) => {
    await ctx.audit(audit('failure', { reason: message }));
    return new AppError(400, ImportErrorCode.fileInvalid, message);
  };
  const unfit = uploadProblem(upload);
  if (unfit) throw await refuse(unfit);
  const sheet = await readImportSheet(upload.content);
  if (typeof sheet === 'string') throw await refuse(sheet);

  const now = ctx.clock.now();
  const plan = await ctx.db.transaction().execute(async (trx) => {
    const planned = await planImport(trx, auth.scope, sheet, auth.userId, now.toISOString());
    if (planned.problems.length > 0) return planned;
    for (const row of planned.creates) {
      await repo.insertEnterprise(trx, row);
      await repo.insertStatus(trx, {
        id: newId(),
        enterprise_id: row.id,
        status: row.status,
        effective_on: row.status_since,
        note: '批量导入',
        recorded_by: auth.userId,
        recorded_at: row.created_at,
      });
    }
    for (const u of planned.updates) {
      await updateVersioned(trx, 'enterprises', u.before.id, u.before.version, u.values);
      await repo.insertChanges(trx, u.changes);
    }
    await appendAudit(trx, ctx.dialect, audit('success', counts(planned)), now);
    return planned;
  });
  if (plan.problems.length === 0) return { ok: true, result: counts(plan) };
  await ctx.audit(audit('failure', { problems: plan.problems.length }));
  return {
    ok: false,
    error: {
      code: ImportErrorCode.rowsInvalid,
      message: `导入文件有 ${plan.problems.length} 处错误,未导入任何数据`,
      problems: plan.problems.slice(0, MAX_PROBLEMS_SHOWN),
    },
  };
}

function counts(plan: Plan): ImportResult {
  return { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
}

/** Validates every row against the file, the dictionaries and the registry, and works out what to write. */
async function planImport(
  trx: Transaction<Database>,
  scope: DataScope,
  sheet: ImportSheet,
  userId: string,
  at: string,
): Promise<Plan> {
  const plan: Plan = { problems: [], creates: [], updates: [], unchanged: 0 };
  if (sheet.missing.length > 0) {
    plan.problems = sheet.missing.map((column) => ({ row: 1, column, message: '缺少该列,请使用导入模板' }));
    return plan;
  }
  const lookups = await dictionaries(trx);
  const parsed: { row: number; parsed: ParsedRow }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { number, cells } of sheet.rows) {
    const result = parseRow(cells, lookups);
    plan.problems.push(...result.problems.map((p) => ({ row: number, ...p })));
    if (!result.parsed) continue;
    const code = result.parsed.body.creditCode;
    const first = firstRowOf.get(code);
    if (first !== undefined)
      plan.problems.push({ row: number, column: HEADERS.creditCode, message: `与第 ${first} 行重复` });
    else firstRowOf.set(code, number);
    if (first === undefined) parsed.push({ row: number, parsed: result.parsed });
  }
  const codes = [...firstRowOf.keys()];
  const inScope = new Map<string, EnterpriseTable>();
  const taken = new Set<string>();
  for (let i = 0; i < codes.length; i += 500) {
    const chunk = codes.slice(i, i + 500);
    for (const row of await repo.findByCreditCodes(trx, scope, chunk)) inScope.set(row.credit_code, row);
    for (const code of await repo.takenCreditCodes(trx, chunk)) taken.add(code);
  }

  for (const {
    row,
    parsed: { body, maskedPhone },
  } of parsed) {
    const problem = (key: keyof typeof HEADERS, message: string) =>
      plan.problems.push({ row, column: HEADERS[key], message });
    const before = inScope.get(body.creditCode);
    if (!before && taken.has(body.creditCode)) {
      problem('creditCode', '该统一社会信用代码已被登记,且不在您的数据范围内');
      continue;
    }
    if (!before) {
      if (maskedPhone) {
        problem('contactPhone', '不能使用脱敏号码,请填写完整号码');
        continue;
      }
      const created: EnterpriseTable = {
        id: newId(),
        credit_code: body.creditCode,
        ...profileColumns(body, null),
        status: body.status,
        status_since: body.statusSince,
        version: 1,
        created_at: at,
        updated_at: at,
      };
      if (withinScope(scope, created)) plan.creates.push(created);
      else problem(scope.kind === 'subParks' ? 'subParkId' : 'creditCode', '只能导入您数据范围内的企业');
      continue;
    }
    // Imports never move the lifecycle: that is a dated, checked transition of its own.
    const current = `当前为"${STATUS_NAMES[before.status]}"(${before.status_since}),导入不变更企业状态,请使用"状态变更"`;
    if (body.status !== before.status) {
      problem('status', current);
      continue;
    }
    if (body.statusSince !== before.status_since) {
      problem('statusSince', current);
      continue;
    }
    // A phone masked by our own export means "keep the number on file".
    if (maskedPhone && maskPhone(before.contact_phone) !== maskedPhone) {
      problem('contactPhone', '脱敏号码与登记的号码不符,请填写完整号码');
      continue;
    }
    // The file has no liaison or tags columns: those, and the department that follows the liaison, stay as they are.
    const values = {
      ...profileColumns(
        { ...body, contactPhone: maskedPhone ? before.contact_phone : body.contactPhone },
        before.department_id,
      ),
      liaison_user_id: before.liaison_user_id,
      tags: before.tags,
      updated_at: at,
    };
    const after: EnterpriseTable = { ...before, ...values };
    if (!withinScope(scope, after)) {
      problem('subParkId', '不能把企业移出您的数据范围');
      continue;
    }
    const changes = fieldChangeRows(before, after, userId, at);
    if (changes.length === 0) plan.unchanged += 1;
    else plan.updates.push({ before, values, changes });
  }
  plan.problems.sort(
    (a, b) => a.row - b.row || (COLUMN_ORDER.get(a.column) ?? 0) - (COLUMN_ORDER.get(b.column) ?? 0),
  );
  return plan;
}

/** Sub-park and leading-industry names → ids and codes. */
async function dictionaries(trx: Transaction<Database>): Promise<RowLookups> {
  const subParks = new Map<string, string[]>();
  for (const park of await organisationRepository.listSubParks(trx))
    subParks.set(park.name, [...(subParks.get(park.name) ?? []), park.id]);
  const leadingIndustries = new Map((await listLeadingIndustries(trx)).map((i) => [i.name, i.code]));
  return { subParks, leadingIndustries };
}
