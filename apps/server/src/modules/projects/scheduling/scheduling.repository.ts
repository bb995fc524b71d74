import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import type { ProjectTable } from '../projects.tables.js';
import type {
  ProjectFundingSourceTable,
  ProjectMilestoneTable,
  ProjectProgressReportTable,
} from './scheduling.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Where a project's ownership lies: scheduling records are visible exactly when their project is. */
export const PROJECT_SCOPE = {
  enterprise: 'projects.enterprise_id',
  subPark: 'projects.sub_park_id',
  department: 'projects.department_id',
};

/** What scheduling needs of a project. */
export type ProjectFacts = Pick<
  ProjectTable,
  | 'id'
  | 'name'
  | 'kind'
  | 'stage'
  | 'enterprise_id'
  | 'sub_park_id'
  | 'department_id'
  | 'owner_user_id'
  | 'planned_investment_cny_fen'
  | 'works_planned_quantity_centi'
>;

/** A project inside the caller's scope (undefined otherwise, like a missing one). */
export async function findProjectInScope(
  db: Db,
  scope: DataScope,
  id: string,
): Promise<ProjectFacts | undefined> {
  const row = await db
    .selectFrom('projects')
    .select([
      'id',
      'name',
      'kind',
      'stage',
      'enterprise_id',
      'sub_park_id',
      'department_id',
      'owner_user_id',
      'planned_investment_cny_fen',
      'works_planned_quantity_centi',
    ])
    .where('id', '=', id)
    .where(scopeFilter(scope, PROJECT_SCOPE))
    .executeTakeFirst();
  return (
    row && {
      ...row,
      planned_investment_cny_fen: Number(row.planned_investment_cny_fen),
      works_planned_quantity_centi:
        row.works_planned_quantity_centi === null ? null : Number(row.works_planned_quantity_centi),
    }
  );
}

/** True when the account exists and is active. */
export async function activeUserExists(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return !!row;
}

/** True when the department exists and is in service. */
export async function activeDepartmentExists(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('departments')
    .select('id')
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return !!row;
}

/** The milestones of a project: permits first, then construction, each by planned date. */
export function listMilestones(db: Db, projectId: string): Promise<ProjectMilestoneTable[]> {
  return db
    .selectFrom('project_milestones')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('kind', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One milestone of a project. */
export function findMilestone(
  db: Db,
  projectId: string,
  id: string,
): Promise<ProjectMilestoneTable | undefined> {
  return db
    .selectFrom('project_milestones')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts milestones. */
export async function insertMilestones(db: Db, rows: ProjectMilestoneTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('project_milestones').values(rows).execute();
}

/** Deletes a milestone if it still has `version`; the number deleted. */
export async function deleteMilestone(db: Db, id: string, version: number): Promise<number> {
  const result = await db
    .deleteFrom('project_milestones')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The progress reports of a project, newest month first. */
export function listProgressReports(db: Db, projectId: string): Promise<ProjectProgressReportTable[]> {
  return db
    .selectFrom('project_progress_reports')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('period', 'desc')
    .execute();
}

/** The report of a project closest before `period` and the one closest after it. */
export async function neighbourReports(
  db: Db,
  projectId: string,
  period: string,
): Promise<{ before?: ProjectProgressReportTable; after?: ProjectProgressReportTable }> {
  const base = db.selectFrom('project_progress_reports').selectAll().where('project_id', '=', projectId);
  const before = await base
    .where('period', '<', period)
    .orderBy('period', 'desc')
    .limit(1)
    .executeTakeFirst();
  const after = await base.where('period', '>', period).orderBy('period', 'asc').limit(1).executeTakeFirst();
  return { before, after };
}

/** One progress report of a project. */
export function findProgressReport(
  db: Db,
  projectId: string,
  id: string,
): Promise<ProjectProgressReportTable | undefined> {
  return db
    .selectFrom('project_progress_reports')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** True when the project already has a report for the month. */
export async function progressPeriodExists(db: Db, projectId: string, period: string): Promise<boolean> {
  const row = await db
    .selectFrom('project_progress_reports')
    .select('id')
    .where('project_id', '=', projectId)
    .where('period', '=', period)
    .executeTakeFirst();
  return !!row;
}

/** Inserts a progress report. */
export async function insertProgressReport(db: Db, row: ProjectProgressReportTable): Promise<void> {
  await db.insertInto('project_progress_reports').values(row).execute();
}

/** The funding sources of a project, in the order they were added. */
export function listFundingSources(db: Db, projectId: string): Promise<ProjectFundingSourceTable[]> {
  return db
    .selectFrom('project_funding_sources')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One funding source of a project. */
export function findFundingSource(
  db: Db,
  projectId: string,
  id: string,
): Promise<ProjectFundingSourceTable | undefined> {
  return db
    .selectFrom('project_funding_sources')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts a funding source. */
export async function insertFundingSource(db: Db, row: ProjectFundingSourceTable): Promise<void> {
  await db.insertInto('project_funding_sources').values(row).execute();
}

/** Deletes a funding source if it still has `version`; the number deleted. */
export async function deleteFundingSource(db: Db, id: string, version: number): Promise<number> {
  const result = await db
    .deleteFrom('project_funding_sources')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
