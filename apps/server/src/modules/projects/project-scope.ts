import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import * as repo from './projects.repository.js';
import type { ProjectTable } from './projects.tables.js';

/** True when a project with these columns lies inside the scope (a write may not move it out). */
export function projectWithinScope(
  scope: DataScope,
  row: Pick<ProjectTable, 'sub_park_id' | 'department_id'>,
): boolean {
  switch (scope.kind) {
    case 'zone':
      return true;
    case 'subParks':
      return row.sub_park_id !== null && scope.subParkIds.includes(row.sub_park_id);
    case 'department':
      return scope.departmentId !== null && row.department_id === scope.departmentId;
    case 'enterprise':
      return false;
  }
}

/** A project in scope, or 404. */
export async function projectInScope(
  db: Kysely<Database> | Transaction<Database>,
  scope: DataScope,
  id: string,
): Promise<repo.ProjectRow> {
  const row = await repo.findProject(db, scope, id);
  if (!row) throw notFound('项目');
  return row;
}
