import { SchedulingErrorCode } from '@kaifaqu/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { badRequest, notFound } from '../../../platform/errors.js';
import { findFileInScope } from '../../../platform/files/files.repository.js';
import * as repo from './scheduling.repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The data scope of a signed-in caller (every scheduling route is signed in). */
export function scopeOf(caller: Caller): DataScope {
  if (!caller.auth) throw new Error('scheduling routes are signed in');
  return caller.auth.scope;
}

/** The project, if the scope can see it; 404 otherwise (never 403 for another's project). */
export async function projectInScope(db: Db, scope: DataScope, id: string): Promise<repo.ProjectFacts> {
  const project = await repo.findProjectInScope(db, scope, id);
  if (!project) throw notFound('项目');
  return project;
}

/** Refuses an owner that is not an active account; an unchanged owner is kept. */
export async function checkOwnerUser(
  db: Db,
  id: string | null | undefined,
  current?: string | null,
): Promise<void> {
  if (!id || id === current) return;
  if (!(await repo.activeUserExists(db, id)))
    throw badRequest('责任人不存在或已停用', SchedulingErrorCode.userUnknown);
}

/** Refuses a department that is not in service; an unchanged one is kept. */
export async function checkDepartment(db: Db, id: string, current?: string): Promise<void> {
  if (id === current) return;
  if (!(await repo.activeDepartmentExists(db, id)))
    throw badRequest('责任部门不存在或已撤销', SchedulingErrorCode.departmentUnknown);
}

/** Refuses attachments that do not exist or that the caller cannot see; ids already stored are kept. */
export async function checkFiles(
  db: Db,
  scope: DataScope,
  ids: readonly string[],
  kept: readonly string[] = [],
): Promise<void> {
  if (new Set(ids).size !== ids.length) throw badRequest('附件重复', SchedulingErrorCode.fileUnknown);
  for (const id of ids) {
    if (kept.includes(id)) continue;
    if (!(await findFileInScope(db, scope, id)))
      throw badRequest('附件不存在或无权访问', SchedulingErrorCode.fileUnknown);
  }
}
