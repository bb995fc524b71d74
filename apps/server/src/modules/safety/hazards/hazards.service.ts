import { HazardErrorCode, type HazardCategory, type HazardGrade } from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import type { Caller } from '../../../platform/audit/audited-change.js';
import { systemScope, type DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { badRequest } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { raiseTodo } from '../../../platform/todos/todos.repository.js';
import { enterprisesRepository } from '../../enterprises/index.js';
import type { HazardTable } from '../safety.tables.js';
import * as repo from './hazards.repository.js';

/** What a caller (inspection, alarm, staff by hand) knows when it registers a hazard. */
export interface NewHazard {
  enterpriseId: string;
  source: 'inspection' | 'alarm' | 'manual';
  inspectionId?: string;
  inspectionItemId?: string;
  alarmId?: string;
  location: string;
  category: HazardCategory;
  grade: HazardGrade;
  description: string;
  legalBasis: string;
  photoFileIds: string[];
  foundOn: string;
  deadline: string;
  responsiblePerson: string;
  responsiblePhone?: string | null;
}

/** The scope a caller acts in; the system (jobs, alarms) sees the whole zone. */
export function scopeOfCaller(caller: Caller): DataScope {
  return caller.auth?.scope ?? systemScope();
}

/** Refuses attachment ids that do not exist or that the caller may not see. */
export async function checkFiles(
  db: Transaction<Database>,
  scope: DataScope,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  const visible = await repo.visibleFileIds(db, scope, unique);
  const missing = unique.filter((id) => !visible.has(id));
  if (missing.length > 0)
    throw badRequest(`附件不存在或无权访问: ${missing.join(', ')}`, HazardErrorCode.fileUnknown);
}

/** Appends a timeline entry for a hazard. */
export async function recordEvent(
  trx: Transaction<Database>,
  ctx: AppContext,
  caller: Caller,
  hazardId: string,
  event: { action: string; from: string | null; to: string | null; note?: string | null },
): Promise<void> {
  await repo.insertEvent(trx, {
    id: newId(),
    hazard_id: hazardId,
    action: event.action,
    from_status: event.from,
    to_status: event.to,
    note: event.note ?? null,
    actor_user_id: caller.auth?.userId ?? null,
    actor_name: caller.auth?.displayName ?? null,
    at: ctx.clock.now().toISOString(),
  });
}

/** The enterprise's to-do to rectify (待整改); `round` distinguishes a resubmission after a return. */
export async function raiseRectifyTodo(
  trx: Transaction<Database>,
  ctx: AppContext,
  hazard: Pick<HazardTable, 'id' | 'code' | 'enterprise_id' | 'sub_park_id' | 'deadline' | 'description'>,
  round: string,
  titlePrefix = '隐患待整改',
): Promise<void> {
  await raiseTodo(trx, {
    id: newId(),
    kind: 'hazard.rectify',
    title: `${titlePrefix}: ${hazard.code} ${hazard.description.slice(0, 60)}`,
    user_id: null,
    department_id: null,
    enterprise_id: hazard.enterprise_id,
    sub_park_id: hazard.sub_park_id,
    object_type: 'hazard',
    object_id: hazard.id,
    due_on: hazard.deadline,
    dedupe_key: `hazard.rectify:${hazard.id}:${round}`,
    status: 'open',
    created_at: ctx.clock.now().toISOString(),
    closed_at: null,
  });
}

/**
 * Registers a hazard (隐患) inside the caller's transaction: checks the enterprise (in the caller's
 * scope), the dates and the photos, snapshots the enterprise's sub-park and the caller's department
 * (the enterprise's when the system registers), gives it a yearly code (YH2026-0001), writes its
 * first timeline entry and raises the enterprise's to-do (待整改, due on the deadline). The caller
 * audits; this never opens a transaction of its own.
 */
export async function registerHazard(
  trx: Transaction<Database>,
  ctx: AppContext,
  caller: Caller,
  input: NewHazard,
): Promise<HazardTable> {
  const scope = scopeOfCaller(caller);
  const enterprise = await enterprisesRepository.findEnterprise(trx, scope, input.enterpriseId);
  if (!enterprise) throw badRequest('企业不存在或无权访问', HazardErrorCode.enterpriseUnknown);
  if (input.deadline < input.foundOn)
    throw badRequest('整改期限不能早于发现日期', HazardErrorCode.deadlineBeforeFound);
  await checkFiles(trx, scope, input.photoFileIds);

  const year = Number(input.foundOn.slice(0, 4));
  const seq = await repo.nextSequence(trx, 'hazard', year);
  const at = ctx.clock.now().toISOString();
  const row: HazardTable = {
    id: newId(),
    code: `YH${year}-${String(seq).padStart(4, '0')}`,
    enterprise_id: enterprise.id,
    sub_park_id: enterprise.sub_park_id,
    department_id: caller.auth?.departmentId ?? enterprise.department_id,
    source: input.source,
    inspection_id: input.inspectionId ?? null,
    inspection_item_id: input.inspectionItemId ?? null,
    alarm_id: input.alarmId ?? null,
    location: input.location,
    category: input.category,
    grade: input.grade,
    description: input.description,
    legal_basis: input.legalBasis,
    photo_file_ids: JSON.stringify([...new Set(input.photoFileIds)]),
    found_on: input.foundOn,
    deadline: input.deadline,
    responsible_person: input.responsiblePerson,
    responsible_phone: input.responsiblePhone ?? null,
    status: 'registered',
    supervised: 0,
    supervised_level: null,
    overdue_since: null,
    escalated_at: null,
    closed_on: null,
    closed_by: null,
    created_by: caller.auth?.userId ?? null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await repo.insertHazard(trx, row);
  await recordEvent(trx, ctx, caller, row.id, {
    action: 'registered',
    from: null,
    to: 'registered',
    note: null,
  });
  await raiseRectifyTodo(trx, ctx, row, 'first');
  return row;
}
