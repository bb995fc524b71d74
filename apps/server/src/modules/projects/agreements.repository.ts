import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { ProjectAgreementTable, ProjectFundsTable } from './projects.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

// Agreements and funds belong to a project: callers check the project is in scope first.

/** Agreements of projects, oldest signing first. */
export function agreementsOf(db: Db, projectIds: readonly string[]): Promise<ProjectAgreementTable[]> {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('project_agreements')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('signed_on')
    .orderBy('created_at')
    .execute();
}

export function findAgreement(db: Db, projectId: string, id: string) {
  return db
    .selectFrom('project_agreements')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertAgreement(db: Db, row: ProjectAgreementTable): Promise<void> {
  await db.insertInto('project_agreements').values(row).execute();
}

/** Deletes an agreement if it still has `version`; rows deleted. */
export async function deleteAgreement(db: Db, id: string, version: number): Promise<number> {
  const r = await db
    .deleteFrom('project_agreements')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Funds in place of a project, by month then origin. */
export function fundsOf(db: Db, projectId: string): Promise<ProjectFundsTable[]> {
  return db
    .selectFrom('project_funds')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('period')
    .orderBy('origin')
    .execute();
}

export function findFunds(db: Db, projectId: string, period: string, origin: string) {
  return db
    .selectFrom('project_funds')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('period', '=', period)
    .where('origin', '=', origin as ProjectFundsTable['origin'])
    .executeTakeFirst();
}

export function findFundsById(db: Db, projectId: string, id: string) {
  return db
    .selectFrom('project_funds')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertFunds(db: Db, row: ProjectFundsTable): Promise<void> {
  await db.insertInto('project_funds').values(row).execute();
}

export async function updateFunds(db: Db, id: string, values: Partial<ProjectFundsTable>): Promise<void> {
  await db.updateTable('project_funds').set(values).where('id', '=', id).execute();
}

export async function deleteFunds(db: Db, id: string): Promise<void> {
  await db.deleteFrom('project_funds').where('id', '=', id).execute();
}

/**
 * 工业总产值 and 税金总额 of an enterprise's latest approved December report (a full year,
 * 1–12月 cumulative, in 分): the actuals 履约 compares with the committed per-亩 figures.
 */
export async function lastFullYearActuals(
  db: Db,
  enterpriseId: string,
): Promise<{ year: string; grossOutputFen: number | null; taxFen: number | null } | undefined> {
  const report = await db
    .selectFrom('enterprise_reports')
    .select(['id', 'period'])
    .where('enterprise_id', '=', enterpriseId)
    .where('status', '=', 'approved')
    .where('period', 'like', '%-12')
    .orderBy('period', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!report) return undefined;
  const values = await db
    .selectFrom('report_values')
    .innerJoin('indicators', 'indicators.id', 'report_values.indicator_id')
    .select(['indicators.code', 'report_values.cumulative'])
    .where('report_values.report_id', '=', report.id)
    .where('indicators.code', 'in', ['grossOutput', 'tax'])
    .execute();
  const valueOf = (code: string) => {
    const v = values.find((r) => r.code === code)?.cumulative;
    return v === null || v === undefined ? null : Number(v);
  };
  return { year: report.period.slice(0, 4), grossOutputFen: valueOf('grossOutput'), taxFen: valueOf('tax') };
}

/** Land area of an enterprise in hundredths of a 亩. */
export async function enterpriseLandArea(db: Db, enterpriseId: string): Promise<number | null> {
  const row = await db
    .selectFrom('enterprises')
    .select('land_area_centimu')
    .where('id', '=', enterpriseId)
    .executeTakeFirst();
  return row?.land_area_centimu === null || row?.land_area_centimu === undefined
    ? null
    : Number(row.land_area_centimu);
}
