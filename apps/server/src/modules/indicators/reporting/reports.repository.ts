import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { SqlDialect } from '../../../platform/db/sql-dialect.js';
import type { EnterpriseCategory, ReportStatus } from '@kaifaqu/contracts';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import type {
  EnterpriseReportTable,
  ReportRevisionTable,
  ReportTaskTable,
  ReportValueTable,
} from './reporting.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Scope of reports: the enterprise, the sub-park it reported in, its owning department today. */
export function reportScope(scope: DataScope) {
  return scopeFilter(scope, {
    enterprise: 'enterprise_reports.enterprise_id',
    subPark: 'enterprise_reports.sub_park_id',
    department: 'enterprises.department_id',
  });
}

export async function insertTask(db: Db, row: ReportTaskTable): Promise<void> {
  await db.insertInto('report_tasks').values(row).execute();
}

export function findTask(db: Db, id: string) {
  return db.selectFrom('report_tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function taskExists(db: Db, period: string, category: EnterpriseCategory) {
  return db
    .selectFrom('report_tasks')
    .select('id')
    .where('period', '=', period)
    .where('enterprise_category', '=', category)
    .executeTakeFirst();
}

export function listTasks(db: Db, year: number | undefined) {
  let query = db.selectFrom('report_tasks').selectAll();
  if (year !== undefined) query = query.where('period', 'like', `${year}-%`);
  return query.orderBy('period', 'desc').orderBy('enterprise_category').execute();
}

/** Report counts by task and status, within the caller's scope. */
export function statusCounts(db: Db, scope: DataScope, taskIds: string[]) {
  if (taskIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('enterprise_reports')
    .innerJoin('enterprises', 'enterprises.id', 'enterprise_reports.enterprise_id')
    .select(['enterprise_reports.task_id', 'enterprise_reports.status'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('enterprise_reports.task_id', 'in', taskIds)
    .where(reportScope(scope))
    .groupBy(['enterprise_reports.task_id', 'enterprise_reports.status'])
    .execute();
}

/** Enterprises a task covers by default: the category's members of the year, still in the zone. */
export function categoryMembers(db: Db, category: EnterpriseCategory, year: number) {
  let query = db
    .selectFrom('enterprises')
    .select(['enterprises.id', 'enterprises.sub_park_id', 'enterprises.industry_code'])
    .where('enterprises.status', 'in', ['underConstruction', 'inProduction', 'suspended']);
  if (category === 'aboveScaleIndustry') {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('enterprise_qualifications')
          .select('enterprise_qualifications.id')
          .whereRef('enterprise_qualifications.enterprise_id', '=', 'enterprises.id')
          .where('enterprise_qualifications.kind', '=', 'aboveScale')
          .where('enterprise_qualifications.year', '=', year)
          .where('enterprise_qualifications.status', '=', 'active'),
      ),
    );
  } else if (category !== 'allEnterprises') {
    // Other categories have no registry label yet: the task must list its enterprises.
    query = query.where(sql<SqlBool>`1 = 0`);
  }
  return query.orderBy('enterprises.id').execute();
}

/** The named enterprises, for a task that lists them. */
export function enterprisesByIds(db: Db, ids: string[]) {
  return db
    .selectFrom('enterprises')
    .select(['enterprises.id', 'enterprises.sub_park_id', 'enterprises.industry_code'])
    .where('enterprises.id', 'in', ids)
    .execute();
}

/** Of these enterprises, those that already have a report for the month. */
export async function enterprisesReportedIn(db: Db, period: string, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('enterprise_reports')
      .select('enterprise_id')
      .where('period', '=', period)
      .where('enterprise_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) found.add(row.enterprise_id);
  }
  return found;
}

export async function insertReports(db: Db, rows: EnterpriseReportTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('enterprise_reports')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

const listColumns = [
  'enterprise_reports.id',
  'enterprise_reports.task_id',
  'enterprise_reports.period',
  'enterprise_reports.enterprise_category',
  'enterprise_reports.enterprise_id',
  'enterprise_reports.sub_park_id',
  'enterprise_reports.industry_division',
  'enterprise_reports.status',
  'enterprise_reports.explanations',
  'enterprise_reports.return_comment',
  'enterprise_reports.submitted_at',
  'enterprise_reports.submitted_by',
  'enterprise_reports.reviewed_at',
  'enterprise_reports.reviewed_by',
  'enterprise_reports.revision_count',
  'enterprise_reports.version',
  'enterprise_reports.created_at',
  'enterprise_reports.updated_at',
  'enterprises.name as enterprise_name',
  'enterprises.credit_code',
  'report_tasks.deadline',
] as const;

export interface ReportFilter {
  taskId?: string;
  period?: string;
  status?: ReportStatus;
  keyword?: string;
}

function reportsQuery(db: Db, scope: DataScope) {
  return db
    .selectFrom('enterprise_reports')
    .innerJoin('enterprises', 'enterprises.id', 'enterprise_reports.enterprise_id')
    .innerJoin('report_tasks', 'report_tasks.id', 'enterprise_reports.task_id')
    .where(reportScope(scope));
}

/** A page of reports in scope. */
export async function listReports(
  db: Db,
  scope: DataScope,
  filter: ReportFilter,
  dialect: SqlDialect,
  page: { offset: number; limit: number },
) {
  let query = reportsQuery(db, scope);
  if (filter.taskId) query = query.where('enterprise_reports.task_id', '=', filter.taskId);
  if (filter.period) query = query.where('enterprise_reports.period', '=', filter.period);
  if (filter.status) query = query.where('enterprise_reports.status', '=', filter.status);
  if (filter.keyword) {
    const keyword = filter.keyword;
    query = query.where((eb) =>
      eb.or([
        dialect.containsInsensitive(eb.ref('enterprises.name'), keyword),
        eb('enterprises.credit_code', '=', keyword.toUpperCase()),
      ]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await query
    .select(listColumns)
    .orderBy('enterprise_reports.period', 'desc')
    .orderBy('enterprises.name')
    .orderBy('enterprise_reports.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { items, total: Number(total.n) };
}

export type ReportRow = Awaited<ReturnType<typeof findReport>> & object;

/** One report in scope, with its enterprise's name and the task's deadline. */
export function findReport(db: Db, scope: DataScope, id: string) {
  return reportsQuery(db, scope)
    .select(listColumns)
    .where('enterprise_reports.id', '=', id)
    .executeTakeFirst();
}

export function valuesOf(db: Db, reportId: string) {
  return db.selectFrom('report_values').selectAll().where('report_id', '=', reportId).execute();
}

/** Replaces a report's values with the given ones. */
export async function replaceValues(db: Db, reportId: string, rows: ReportValueTable[]): Promise<void> {
  await db.deleteFrom('report_values').where('report_id', '=', reportId).execute();
  if (rows.length > 0) await db.insertInto('report_values').values(rows).execute();
}

/**
 * The enterprise's values of other months of the year and of the same month last year, from
 * reports that are submitted or approved (for the form's hints and checks).
 */
export function valuesAround(db: Db, enterpriseId: string, periods: string[]) {
  return db
    .selectFrom('report_values')
    .innerJoin('enterprise_reports', 'enterprise_reports.id', 'report_values.report_id')
    .select([
      'enterprise_reports.period',
      'enterprise_reports.status',
      'report_values.indicator_id',
      'report_values.cumulative',
    ])
    .where('enterprise_reports.enterprise_id', '=', enterpriseId)
    .where('enterprise_reports.period', 'in', periods)
    .where('enterprise_reports.status', 'in', ['submitted', 'approved'])
    .execute();
}

export async function insertRevisions(db: Db, rows: ReportRevisionTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('report_revisions').values(rows).execute();
}

export function revisionsOf(db: Db, reportId: string) {
  return db
    .selectFrom('report_revisions')
    .innerJoin('indicators', 'indicators.id', 'report_revisions.indicator_id')
    .leftJoin('users', 'users.id', 'report_revisions.revised_by')
    .selectAll('report_revisions')
    .select(['indicators.code', 'indicators.name', 'users.display_name'])
    .where('report_revisions.report_id', '=', reportId)
    .orderBy('report_revisions.revised_at', 'desc')
    .orderBy('report_revisions.id')
    .execute();
}

/** The enterprise's reports of the last months, newest first (一企一档). */
export function recentReportsOf(db: Db, enterpriseId: string, limit: number) {
  return db
    .selectFrom('enterprise_reports')
    .select(['id', 'period', 'status'])
    .where('enterprise_id', '=', enterpriseId)
    .where('status', 'in', ['submitted', 'approved'])
    .orderBy('period', 'desc')
    .limit(limit)
    .execute();
}

export function valuesOfReports(db: Db, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('report_values').selectAll().where('report_id', 'in', reportIds).execute();
}

/** Reports of open tasks, not yet submitted, whose deadline is on or before `until`. */
export function reportsAwaitingSubmission(db: Db, until: string) {
  return db
    .selectFrom('enterprise_reports')
    .innerJoin('report_tasks', 'report_tasks.id', 'enterprise_reports.task_id')
    .innerJoin('enterprises', 'enterprises.id', 'enterprise_reports.enterprise_id')
    .select([
      'enterprise_reports.id',
      'enterprise_reports.period',
      'enterprise_reports.enterprise_id',
      'enterprise_reports.sub_park_id',
      'enterprises.name as enterprise_name',
      'report_tasks.deadline',
      'report_tasks.created_by',
    ])
    .where('report_tasks.status', '=', 'open')
    .where('report_tasks.deadline', '<=', until)
    .where('enterprise_reports.status', 'in', ['notStarted', 'draft', 'returned'])
    .execute();
}
