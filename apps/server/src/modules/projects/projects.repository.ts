import { sql, type Kysely, type Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import { scopeFilter } from '../../platform/db/scope-filter.js';
import type { ProjectStageEventTable, ProjectTable } from './projects.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Where a project's ownership lives, for scopeFilter. */
export const PROJECT_SCOPE = {
  enterprise: 'projects.enterprise_id',
  subPark: 'projects.sub_park_id',
  department: 'projects.department_id',
} as const;

/** What the list can be filtered by; all optional. */
export interface ProjectFilter {
  stage?: string;
  kind?: string;
  projectType?: string;
  industry?: string;
  subParkId?: string;
  ownerUserId?: string;
  investorId?: string;
  enterpriseId?: string;
  minInvestmentCnyFen?: number;
  isKey?: boolean;
  q?: string;
}

/** A project row with the names lists show beside it. */
export type ProjectRow = ProjectTable & {
  investor_name: string | null;
  sub_park_name: string | null;
  enterprise_name: string | null;
  owner_name: string | null;
};

function withNames(db: Db) {
  return db
    .selectFrom('projects')
    .leftJoin('investors', 'investors.id', 'projects.investor_id')
    .leftJoin('sub_parks', 'sub_parks.id', 'projects.sub_park_id')
    .leftJoin('enterprises', 'enterprises.id', 'projects.enterprise_id')
    .leftJoin('users', 'users.id', 'projects.owner_user_id')
    .selectAll('projects')
    .select([
      'investors.name as investor_name',
      'sub_parks.name as sub_park_name',
      'enterprises.name as enterprise_name',
      'users.display_name as owner_name',
    ]);
}

function filtered(db: Db, scope: DataScope, f: ProjectFilter) {
  let q = withNames(db).where(scopeFilter(scope, PROJECT_SCOPE));
  if (f.stage) q = q.where('projects.stage', '=', f.stage);
  if (f.kind) q = q.where('projects.kind', '=', f.kind as ProjectTable['kind']);
  if (f.projectType) q = q.where('projects.project_type', '=', f.projectType);
  if (f.industry) q = q.where('projects.industry_code', 'like', `${f.industry}%`);
  if (f.subParkId) q = q.where('projects.sub_park_id', '=', f.subParkId);
  if (f.ownerUserId) q = q.where('projects.owner_user_id', '=', f.ownerUserId);
  if (f.investorId) q = q.where('projects.investor_id', '=', f.investorId);
  if (f.enterpriseId) q = q.where('projects.enterprise_id', '=', f.enterpriseId);
  if (f.minInvestmentCnyFen !== undefined)
    q = q.where('projects.planned_investment_cny_fen', '>=', f.minInvestmentCnyFen);
  if (f.isKey !== undefined) q = q.where('projects.is_key', '=', f.isKey ? 1 : 0);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([
        eb('projects.name', 'like', like),
        eb('projects.code', 'like', like),
        eb('investors.name', 'like', like),
      ]),
    );
  }
  return q;
}

/** A page of projects in the caller's scope, newest code first. */
export async function listProjects(
  db: Db,
  scope: DataScope,
  f: ProjectFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: ProjectRow[]; total: number }> {
  const rows = await filtered(db, scope, f)
    .orderBy('projects.code', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const count = await filtered(db, scope, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return { rows: rows as ProjectRow[], total: Number(count.n) };
}

/** One project in the caller's scope, with names. */
export async function findProject(db: Db, scope: DataScope, id: string): Promise<ProjectRow | undefined> {
  return (await withNames(db)
    .where(scopeFilter(scope, PROJECT_SCOPE))
    .where('projects.id', '=', id)
    .executeTakeFirst()) as ProjectRow | undefined;
}

/** Every project that is not terminated and has agreements (the compliance job reads them). */
export function projectsWithAgreements(db: Db): Promise<ProjectTable[]> {
  return db
    .selectFrom('projects')
    .selectAll()
    .where('stage', '<>', 'terminated')
    .where((eb) =>
      eb.exists(eb.selectFrom('project_agreements').select('id').whereRef('project_id', '=', 'projects.id')),
    )
    .orderBy('code')
    .execute();
}

export async function insertProject(db: Db, row: ProjectTable): Promise<void> {
  await db.insertInto('projects').values(row).execute();
}

/** The highest code number used in a year's prefix (XM2026-0007 → 7). */
export async function lastCodeNumber(db: Db, prefix: string): Promise<number> {
  const row = await db
    .selectFrom('projects')
    .select((eb) => eb.fn.max('code').as('code'))
    .where('code', 'like', `${prefix}%`)
    .executeTakeFirst();
  const code = row?.code as string | null | undefined;
  return code ? Number(code.slice(prefix.length)) || 0 : 0;
}

/** The stage history of projects, oldest first. */
export function stageEventsOf(db: Db, projectIds: readonly string[]): Promise<ProjectStageEventTable[]> {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('project_stage_events')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('entered_on')
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

export async function insertStageEvent(db: Db, row: ProjectStageEventTable): Promise<void> {
  await db.insertInto('project_stage_events').values(row).execute();
}

/** Names of users by id (who recorded history). */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** True when a row of `table` has this id (references a create/edit names). */
export async function exists(
  db: Db,
  table: 'investors' | 'investment_agents' | 'investment_activities' | 'sub_parks' | 'departments' | 'users',
  id: string,
): Promise<boolean> {
  const loose = db as unknown as Kysely<Record<string, { id: string }>>;
  return !!(await loose.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst());
}

/** A lead's status, or undefined when there is none. */
export async function leadStatus(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('investment_leads')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.status;
}

/** Marks a lead 'converted' (it became this project). */
export async function convertLead(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('investment_leads')
    .set({ status: 'converted', updated_at: at, version: sql`version + 1` } as never)
    .where('id', '=', id)
    .execute();
}

/** The projects of an enterprise in the caller's scope (一企一档). */
export function projectsOfEnterprise(
  db: Db,
  scope: DataScope,
  enterpriseId: string,
): Promise<ProjectTable[]> {
  return db
    .selectFrom('projects')
    .selectAll()
    .where(scopeFilter(scope, PROJECT_SCOPE))
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('code')
    .execute();
}

/** Every project id (the compliance job closes stale to-dos over them). */
export async function allProjectIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('projects').select('id').execute()).map((r) => r.id);
}
