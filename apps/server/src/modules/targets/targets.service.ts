import {
  TargetErrorCode,
  type Target,
  type TargetCreateBody,
  type TargetSubject,
  type TargetUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import type { Database } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound, versionConflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { organisationRepository } from '../organisation/index.js';
import { targetSource, targetSources } from './target-sources.js';
import * as repo from './targets.repository.js';
import type { TargetTable } from './targets.tables.js';

/** A target row as the API shows it. */
export function targetView(row: TargetTable): Target {
  return {
    id: row.id,
    year: row.year,
    subjectKind: row.subject_kind,
    subjectCode: row.subject_code,
    targetValue: Number(row.target_value),
    ownerDepartmentId: row.owner_department_id,
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every subject of every registered source. */
export async function listSubjects(ctx: AppContext): Promise<TargetSubject[]> {
  return (await Promise.all(targetSources().map((source) => source.subjects(ctx)))).flat();
}

/** The subject a target names; 400 when no registered source knows it. */
export async function subjectOf(ctx: AppContext, kind: string, code: string): Promise<TargetSubject> {
  const source = targetSource(kind);
  const subject = source && (await source.subjects(ctx)).find((s) => s.code === code);
  if (!subject) throw badRequest(`目标任务对象 ${kind}/${code} 不存在`, TargetErrorCode.subjectUnknown);
  return subject;
}

/** Refuses an owner that is not a department in service; an unchanged owner is always kept. */
async function checkOwner(trx: Transaction<Database>, id: string, current?: string): Promise<void> {
  if (id === current) return;
  const department = await organisationRepository.findDepartment(trx, id);
  if (!department || department.status !== 'active') throw badRequest('责任部门不存在或已撤销');
}

/** The targets of a year. */
export async function listTargets(ctx: AppContext, year: number): Promise<Target[]> {
  return (await repo.listTargets(ctx.db, year)).map(targetView);
}

/** Sets a year's target for a subject; one per year and subject. */
export async function createTarget(ctx: AppContext, caller: Caller, body: TargetCreateBody): Promise<Target> {
  // Sources read through ctx.db, so the subject is checked before the transaction takes the connection.
  await subjectOf(ctx, body.subjectKind, body.subjectCode);
  return auditedChange(ctx, caller, 'target.create', 'target', async (trx) => {
    if (await repo.targetExists(trx, body.year, body.subjectKind, body.subjectCode))
      throw conflict(`${body.year}年已设定该对象的目标任务`, TargetErrorCode.duplicate);
    await checkOwner(trx, body.ownerDepartmentId);
    const at = ctx.clock.now().toISOString();
    const row: TargetTable = {
      id: newId(),
      year: body.year,
      subject_kind: body.subjectKind,
      subject_code: body.subjectCode,
      target_value: body.targetValue,
      owner_department_id: body.ownerDepartmentId,
      note: body.note,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertTarget(trx, row);
    return { objectId: row.id, before: null, after: row, value: targetView(row) };
  });
}

/** Changes a target's figure, owner or note; its year and subject never change. */
export function updateTarget(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: TargetUpdateBody,
): Promise<Target> {
  return auditedChange(ctx, caller, 'target.update', 'target', async (trx) => {
    const before = await repo.findTarget(trx, id);
    if (!before) throw notFound('目标任务');
    await checkOwner(trx, body.ownerDepartmentId, before.owner_department_id);
    const values = {
      target_value: body.targetValue,
      owner_department_id: body.ownerDepartmentId,
      note: body.note,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'targets', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: targetView(after) };
  });
}

/** Removes a target set by mistake; the audit row keeps what it was. */
export async function deleteTarget(
  ctx: AppContext,
  caller: Caller,
  id: string,
  version: number,
): Promise<void> {
  await auditedChange(ctx, caller, 'target.delete', 'target', async (trx) => {
    const before = await repo.findTarget(trx, id);
    if (!before) throw notFound('目标任务');
    if ((await repo.deleteTarget(trx, id, version)) !== 1) throw versionConflict();
    return { objectId: id, before, after: null, value: undefined };
  });
}
