import { sql, type Kysely, type Transaction } from 'kysely';
import type { ReportStatus } from '@kaifaqu/contracts';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import type { SqlDialect } from '../../../platform/db/sql-dialect.js';
import { reportScope } from './reports.repository.js';
import type { EnterpriseReportTable, ReportRevisionTable, ReportValueTable } from './reporting.tables.js';

// Set-based reads and writes of a whole month's import: a few queries for thousands of reports.

type Db = Kysely<Database> | Transaction<Database>;

/** Ids per `where id in (…)`: well inside SQLite's and PostgreSQL's parameter limits. */
const ID_CHUNK = 500;
/** Rows per multi-row insert (× 11 columns at most). */
const ROW_CHUNK = 1_000;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The reports of a task in the caller's scope, with what the import needs to match and move them. */
export function taskReportsInScope(db: Db, scope: DataScope, taskId: string) {
  return db
    .selectFrom('enterprise_reports')
    .innerJoin('enterprises', 'enterprises.id', 'enterprise_reports.enterprise_id')
    .select([
      'enterprise_reports.id',
      'enterprise_reports.period',
      'enterprise_reports.enterprise_category',
      'enterprise_reports.enterprise_id',
      'enterprise_reports.sub_park_id',
      'enterprise_reports.industry_division',
      'enterprise_reports.status',
      'enterprise_reports.explanations',
      'enterprise_reports.version',
      'enterprises.credit_code',
      'enterprises.name',
    ])
    .where('enterprise_reports.task_id', '=', taskId)
    .where(reportScope(scope))
    .orderBy('enterprises.name')
    .orderBy('enterprise_reports.id')
    .execute();
}

export type TaskReport = Awaited<ReturnType<typeof taskReportsInScope>>[number];

/** Every stored value of the task's reports in the caller's scope. */
export function valuesOfTaskReports(db: Db, scope: DataScope, taskId: string): Promise<ReportValueTable[]> {
  return db
    .selectFrom('report_values')
    .innerJoin('enterprise_reports', 'enterprise_reports.id', 'report_values.report_id')
    .innerJoin('enterprises', 'enterprises.id', 'enterprise_reports.enterprise_id')
    .selectAll('report_values')
    .where('enterprise_reports.task_id', '=', taskId)
    .where(reportScope(scope))
    .execute();
}

/**
 * Cumulative values of other months (submitted or approved, as the form's checks see them) of the
 * enterprises whose reports of the task are in the caller's scope: one row per enterprise and
 * month, its non-null values by indicator id. Each report's values are gathered into one text by
 * a correlated aggregate (an index range per report, no sort), so a December import reads 55,000
 * short rows rather than 600,000.
 */
export async function monthValuesOfTaskEnterprises(
  db: Db,
  dialect: SqlDialect,
  scope: DataScope,
  taskId: string,
  periods: string[],
): Promise<{ enterprise_id: string; period: string; cumulative: Map<string, number> }[]> {
  if (periods.length === 0) return [];
  const rows = await db
    .selectFrom('enterprise_reports as other')
    .select(['other.enterprise_id', 'other.period'])
    .select((eb) =>
      eb
        .selectFrom('report_values')
        .select(
          dialect
            .stringAgg(sql<string>`report_values.indicator_id || ':' || report_values.cumulative`, ',')
            .as('v'),
        )
        .whereRef('report_values.report_id', '=', 'other.id')
        .where('report_values.cumulative', 'is not', null)
        .as('values'),
    )
    .where('other.period', 'in', periods)
    .where('other.status', 'in', ['submitted', 'approved'])
    .where('other.enterprise_id', 'in', (eb) =>
      eb
        .selectFrom('enterprise_reports')
        .innerJoin('enterprises', 'enterprises.id', 'enterprise_reports.enterprise_id')
        .select('enterprise_reports.enterprise_id')
        .where('enterprise_reports.task_id', '=', taskId)
        .where(reportScope(scope)),
    )
    .execute();
  return rows.map((row) => {
    const cumulative = new Map<string, number>();
    // Ids are UUIDs and values integers: neither contains ':' or ','.
    for (const pair of row.values ? row.values.split(',') : []) {
      const colon = pair.indexOf(':');
      cumulative.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
    }
    return { enterprise_id: row.enterprise_id, period: row.period, cumulative };
  });
}

/** Columns an import sets on the reports it writes. */
export type ReportChanges = Partial<
  Pick<
    EnterpriseReportTable,
    | 'status'
    | 'explanations'
    | 'return_comment'
    | 'submitted_at'
    | 'submitted_by'
    | 'reviewed_at'
    | 'reviewed_by'
    | 'updated_at'
  >
>;

/**
 * Changes reports that are still at `expected` status and version, bumping the version (and the
 * revision count of a revision); returns how many changed, so the caller can tell that someone
 * else changed one in between.
 */
export async function updateReports(
  db: Db,
  ids: readonly string[],
  expected: { status: ReportStatus; version: number },
  changes: ReportChanges,
  revision: boolean,
): Promise<number> {
  let changed = 0;
  for (const chunk of chunks(ids, ID_CHUNK)) {
    const result = await db
      .updateTable('enterprise_reports')
      .set(changes)
      .set((eb) => ({
        version: eb('version', '+', 1),
        ...(revision ? { revision_count: eb('revision_count', '+', 1) } : {}),
      }))
      .where('id', 'in', chunk)
      .where('status', '=', expected.status)
      .where('version', '=', expected.version)
      .executeTakeFirst();
    changed += Number(result.numUpdatedRows);
  }
  return changed;
}

/**
 * Deletes the values of these indicators from `reportIds` (values of other indicators stay), then
 * inserts `rows` in multi-row statements.
 */
export async function replaceIndicatorValues(
  db: Db,
  reportIds: readonly string[],
  indicatorIds: readonly string[],
  rows: readonly ReportValueTable[],
): Promise<void> {
  if (indicatorIds.length === 0) return;
  for (const chunk of chunks(reportIds, ID_CHUNK)) {
    await db
      .deleteFrom('report_values')
      .where('report_id', 'in', chunk)
      .where('indicator_id', 'in', [...indicatorIds])
      .execute();
  }
  for (const chunk of chunks(rows, ROW_CHUNK)) await db.insertInto('report_values').values(chunk).execute();
}

/** Records revisions in multi-row inserts. */
export async function insertRevisionRows(db: Db, rows: readonly ReportRevisionTable[]): Promise<void> {
  for (const chunk of chunks(rows, ROW_CHUNK / 2))
    await db.insertInto('report_revisions').values(chunk).execute();
}
