import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import '../projects.tables.js';
import '../../investment/investment.tables.js';

// Reads behind the investment figures. Every read is limited to the caller's data scope through
// the project's enterprise, sub-park and department; activities are zone-level records.

const PROJECT_SCOPE = {
  enterprise: 'projects.enterprise_id',
  subPark: 'projects.sub_park_id',
  department: 'projects.department_id',
};

/** Filters of the figures on projects; amounts in 分. */
export interface ProjectFilter {
  minInvestmentFen?: number;
  /** 大类 (2 digits) or 小类 (4 digits) prefix of the industry code. */
  industry?: string;
  projectType?: string;
  subParkId?: string;
  manufacturingOnly?: boolean;
}

type ProjectsEb = ExpressionBuilder<Database, 'projects'>;

/** Investment projects within the scope and filters. */
function projectWhere(eb: ProjectsEb, scope: DataScope, f: ProjectFilter): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [
    eb('projects.kind', '=', 'investment'),
    scopeFilter(scope, PROJECT_SCOPE),
  ];
  if (f.minInvestmentFen !== undefined)
    conditions.push(eb('projects.planned_investment_cny_fen', '>=', f.minInvestmentFen));
  if (f.industry) conditions.push(eb('projects.industry_code', 'like', `${f.industry}%`));
  if (f.projectType) conditions.push(eb('projects.project_type', '=', f.projectType));
  if (f.subParkId) conditions.push(eb('projects.sub_park_id', '=', f.subParkId));
  // 制造业 = 门类 C, 大类 13–43: text comparison of the 4-digit class code.
  if (f.manufacturingOnly)
    conditions.push(eb('projects.industry_code', '>=', '13'), eb('projects.industry_code', '<', '44'));
  return eb.and(conditions);
}

export interface FigureProject {
  id: string;
  code: string;
  name: string;
  projectType: string;
  industryCode: string | null;
  subParkId: string | null;
  subParkName: string | null;
  stage: string;
  stageSince: string;
  plannedInvestmentCnyFen: number;
}

export async function listProjects(
  db: Kysely<Database>,
  scope: DataScope,
  f: ProjectFilter,
): Promise<FigureProject[]> {
  const rows = await db
    .selectFrom('projects')
    .leftJoin('sub_parks', 'sub_parks.id', 'projects.sub_park_id')
    .where((eb) => projectWhere(eb, scope, f))
    .select([
      'projects.id',
      'projects.code',
      'projects.name',
      'projects.project_type',
      'projects.industry_code',
      'projects.sub_park_id',
      'sub_parks.name as sub_park_name',
      'projects.stage',
      'projects.stage_since',
      'projects.planned_investment_cny_fen',
    ])
    .orderBy('projects.code')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    projectType: r.project_type,
    industryCode: r.industry_code,
    subParkId: r.sub_park_id,
    subParkName: r.sub_park_name,
    stage: r.stage,
    stageSince: r.stage_since,
    plannedInvestmentCnyFen: Number(r.planned_investment_cny_fen),
  }));
}

export interface StageEntry {
  projectId: string;
  stage: string;
  enteredOn: string;
}

/** Stage entries dated on or before `to` of the projects in scope, in the order they happened. */
export async function listStageEntries(
  db: Kysely<Database>,
  scope: DataScope,
  f: ProjectFilter,
  to: string,
): Promise<StageEntry[]> {
  const rows = await db
    .selectFrom('project_stage_events as e')
    .innerJoin('projects', 'projects.id', 'e.project_id')
    .where((eb) => projectWhere(eb as unknown as ProjectsEb, scope, f))
    .where('e.entered_on', '<=', to)
    .select(['e.project_id', 'e.stage', 'e.entered_on'])
    .orderBy('e.project_id')
    .orderBy('e.entered_on')
    .orderBy('e.recorded_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ projectId: r.project_id, stage: r.stage, enteredOn: r.entered_on }));
}

export interface FundsRow {
  projectId: string;
  origin: 'inProvince' | 'outOfProvince' | 'foreign';
  cnyFen: number;
  usdCents: number;
}

/** 到位资金 of the months `fromPeriod`…`toPeriod` ('YYYY-MM') per project and origin. */
export async function sumFunds(
  db: Kysely<Database>,
  scope: DataScope,
  f: ProjectFilter,
  fromPeriod: string,
  toPeriod: string,
): Promise<FundsRow[]> {
  const rows = await db
    .selectFrom('project_funds as pf')
    .innerJoin('projects', 'projects.id', 'pf.project_id')
    .where((eb) => projectWhere(eb as unknown as ProjectsEb, scope, f))
    .where('pf.period', '>=', fromPeriod)
    .where('pf.period', '<=', toPeriod)
    .groupBy(['pf.project_id', 'pf.origin'])
    .select([
      'pf.project_id',
      'pf.origin',
      sql<number>`sum(pf.amount_cny_fen)`.as('cny'),
      sql<number | null>`sum(pf.amount_usd_cents)`.as('usd'),
    ])
    .execute();
  return rows.map((r) => ({
    projectId: r.project_id,
    origin: r.origin,
    cnyFen: Number(r.cny),
    usdCents: Number(r.usd ?? 0),
  }));
}

/**
 * 接待 / 外出考察 / 推介会 started within [from, to], by kind. Activities are zone-level records of
 * the investment office (as the investment module reads them): every holder of investment:read
 * counts all of them; an enterprise scope counts none.
 */
export async function countActivities(
  db: Kysely<Database>,
  scope: DataScope,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('investment_activities')
    .where(scope.kind === 'enterprise' ? sql<SqlBool>`1 = 0` : sql<SqlBool>`1 = 1`)
    .where('investment_activities.started_on', '>=', from)
    .where('investment_activities.started_on', '<=', to)
    .groupBy('investment_activities.kind')
    .select(['investment_activities.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .execute();
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}
