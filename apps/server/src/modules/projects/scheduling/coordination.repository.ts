import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import { PROJECT_SCOPE } from './scheduling.repository.js';
import type { CoordinationIssueTable, SchedulingMeetingTable } from './scheduling.tables.js';
import type { IssueRow } from './scheduling.views.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * An issue is visible when its project is, and also to the department responsible for it (the
 * 督办 list of a department includes issues handed to it on other departments' projects).
 */
function issueScope(scope: DataScope): Expression<SqlBool> {
  const byProject = scopeFilter(scope, PROJECT_SCOPE);
  const byDepartment = scopeFilter(scope, { department: 'coordination_issues.responsible_department_id' });
  return sql<SqlBool>`(${byProject} or ${byDepartment})`;
}

/** Filters of an issue query. */
export interface IssueFilter {
  status?: string;
  /** true: deadline before `today` and unsolved; false: the others. */
  overdue?: boolean;
  supervised?: boolean;
  departmentId?: string;
  projectId?: string;
  meetingId?: string;
}

/** Issues in scope matching the filter, nearest deadline first (at most 1,000). */
export function listIssues(
  db: Db,
  scope: DataScope,
  filter: IssueFilter,
  today: string,
): Promise<IssueRow[]> {
  let query = db
    .selectFrom('coordination_issues')
    .innerJoin('projects', 'projects.id', 'coordination_issues.project_id')
    .innerJoin('departments', 'departments.id', 'coordination_issues.responsible_department_id')
    .selectAll('coordination_issues')
    .select(['projects.name as project_name', 'departments.name as department_name'])
    .where(issueScope(scope));
  if (filter.status) query = query.where('coordination_issues.status', '=', filter.status as 'open');
  if (filter.supervised !== undefined)
    query = query.where('coordination_issues.supervised', '=', filter.supervised ? 1 : 0);
  if (filter.departmentId)
    query = query.where('coordination_issues.responsible_department_id', '=', filter.departmentId);
  if (filter.projectId) query = query.where('coordination_issues.project_id', '=', filter.projectId);
  if (filter.meetingId) query = query.where('coordination_issues.meeting_id', '=', filter.meetingId);
  if (filter.overdue === true)
    query = query
      .where('coordination_issues.status', '<>', 'solved')
      .where('coordination_issues.deadline', '<', today);
  if (filter.overdue === false)
    query = query.where((eb) =>
      eb.or([
        eb('coordination_issues.status', '=', 'solved'),
        eb('coordination_issues.deadline', '>=', today),
      ]),
    );
  return query
    .orderBy('coordination_issues.deadline')
    .orderBy('coordination_issues.id')
    .limit(1000)
    .execute();
}

/** One issue in scope, with names. */
export function findIssue(db: Db, scope: DataScope, id: string): Promise<IssueRow | undefined> {
  return db
    .selectFrom('coordination_issues')
    .innerJoin('projects', 'projects.id', 'coordination_issues.project_id')
    .innerJoin('departments', 'departments.id', 'coordination_issues.responsible_department_id')
    .selectAll('coordination_issues')
    .select(['projects.name as project_name', 'departments.name as department_name'])
    .where('coordination_issues.id', '=', id)
    .where(issueScope(scope))
    .executeTakeFirst();
}

/** Inserts an issue. */
export async function insertIssue(db: Db, row: CoordinationIssueTable): Promise<void> {
  await db.insertInto('coordination_issues').values(row).execute();
}

/** Meetings visible to the scope: the whole zone sees all; others their own and those with an issue they can see. */
export function listMeetings(db: Db, scope: DataScope): Promise<SchedulingMeetingTable[]> {
  let query = db.selectFrom('scheduling_meetings').selectAll();
  if (scope.kind !== 'zone')
    query = query.where((eb) =>
      eb.or([
        eb('scheduling_meetings.created_by', '=', scope.actorUserId ?? ''),
        eb.exists(
          eb
            .selectFrom('coordination_issues')
            .innerJoin('projects', 'projects.id', 'coordination_issues.project_id')
            .select('coordination_issues.id')
            .whereRef('coordination_issues.meeting_id', '=', 'scheduling_meetings.id')
            .where(issueScope(scope)),
        ),
      ]),
    );
  return query.orderBy('held_on', 'desc').orderBy('id', 'desc').limit(500).execute();
}

/** One meeting (the service checks its visibility through its issues). */
export function findMeeting(db: Db, id: string): Promise<SchedulingMeetingTable | undefined> {
  return db.selectFrom('scheduling_meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Issue counts per meeting: all and unsolved, over the issues the scope can see. */
export async function meetingIssueCounts(
  db: Db,
  scope: DataScope,
  meetingIds: readonly string[],
): Promise<Map<string, { total: number; open: number }>> {
  const counts = new Map<string, { total: number; open: number }>();
  if (meetingIds.length === 0) return counts;
  const rows = await db
    .selectFrom('coordination_issues')
    .innerJoin('projects', 'projects.id', 'coordination_issues.project_id')
    .select(['coordination_issues.meeting_id', 'coordination_issues.status'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('coordination_issues.meeting_id', 'in', [...meetingIds])
    .where(issueScope(scope))
    .groupBy(['coordination_issues.meeting_id', 'coordination_issues.status'])
    .execute();
  for (const row of rows) {
    const entry = counts.get(row.meeting_id!) ?? { total: 0, open: 0 };
    entry.total += Number(row.n);
    if (row.status !== 'solved') entry.open += Number(row.n);
    counts.set(row.meeting_id!, entry);
  }
  return counts;
}

/** Inserts a meeting. */
export async function insertMeeting(db: Db, row: SchedulingMeetingTable): Promise<void> {
  await db.insertInto('scheduling_meetings').values(row).execute();
}
