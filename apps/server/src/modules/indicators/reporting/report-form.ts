import type {
  EnterpriseCategory,
  ReportExplanation,
  ReportForm,
  ReportListItem,
  ReportValueInput,
} from '@kaifaqu/contracts';
import { badRequest } from '../../../platform/errors.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.js';
import { listIndicators } from '../indicators.repository.js';
import type { IndicatorTable } from '../indicators.tables.js';
import { addMonths, periodOf, sameMonthLastYear, type Period } from '../figures/index.js';
import { checkReport, type CheckLine } from './report-checks.js';
import * as repo from './reports.repository.js';
import type { ReportValueTable } from './reporting.tables.js';

type Db = Kysely<Database> | Transaction<Database>;
type ReportRow = NonNullable<Awaited<ReturnType<typeof repo.findReport>>>;

/** The indicators on the form of a category, in catalogue order. */
export async function formIndicators(db: Db, category: EnterpriseCategory): Promise<IndicatorTable[]> {
  return (await listIndicators(db)).filter(
    (i) => i.status === 'active' && i.reporter === 'enterprise' && i.enterprise_category === category,
  );
}

/** A report as lists show it. */
export function reportListItem(row: ReportRow): ReportListItem {
  return {
    id: row.id,
    taskId: row.task_id,
    period: row.period,
    enterpriseCategory: row.enterprise_category,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    creditCode: row.credit_code,
    subParkId: row.sub_park_id,
    status: row.status,
    deadline: row.deadline,
    submittedAt: row.submitted_at,
    reviewedAt: row.reviewed_at,
    returnComment: row.return_comment,
    revisionCount: row.revision_count,
    version: row.version,
  };
}

/** Stored explanations, tolerant of an empty column. */
export function parseExplanations(text: string): ReportExplanation[] {
  const value: unknown = JSON.parse(text || '[]');
  return Array.isArray(value) ? (value as ReportExplanation[]) : [];
}

/** The earlier months of the year and the same month last year, by indicator id. */
async function surroundings(db: Db, report: ReportRow) {
  const period = report.period as Period;
  const [year, month] = period.split('-').map(Number) as [number, number];
  const earlier = Array.from({ length: month - 1 }, (_, i) => periodOf(year, i + 1));
  const lastYear = sameMonthLastYear(period);
  const rows = await repo.valuesAround(db, report.enterprise_id, [...earlier, lastYear]);
  const earlierByIndicator = new Map<string, (number | null)[]>();
  const suggested = new Map<string, number | null>();
  for (const row of rows) {
    if (row.period === lastYear) {
      if (row.status === 'approved') suggested.set(row.indicator_id, row.cumulative);
      continue;
    }
    const list = earlierByIndicator.get(row.indicator_id) ?? earlier.map(() => null);
    list[earlier.indexOf(row.period as Period)] = row.cumulative;
    earlierByIndicator.set(row.indicator_id, list);
  }
  return {
    earlier: (indicatorId: string) => earlierByIndicator.get(indicatorId) ?? earlier.map(() => null),
    suggested: (indicatorId: string) => suggested.get(indicatorId) ?? null,
    lastMonth: month > 1 ? addMonths(period, -1) : null,
  };
}

/** Maps entered values onto the form's indicators, refusing codes that are not on the form. */
export function valuesFromInput(
  reportId: string,
  indicators: IndicatorTable[],
  input: readonly ReportValueInput[],
): ReportValueTable[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const seen = new Set<string>();
  return input.map((v) => {
    const indicator = byCode.get(v.indicatorCode);
    if (!indicator) throw badRequest(`指标 ${v.indicatorCode} 不在本表中`);
    if (seen.has(v.indicatorCode)) throw badRequest(`指标 ${v.indicatorCode} 重复填写`);
    seen.add(v.indicatorCode);
    return {
      report_id: reportId,
      indicator_id: indicator.id,
      cumulative: v.cumulative,
      previous_year: v.previousYear,
    };
  });
}

/** Loads what the form and its checks need for a report. */
export async function loadForm(db: Db, report: ReportRow) {
  const indicators = await formIndicators(db, report.enterprise_category);
  const around = await surroundings(db, report);
  const checkLines = (values: readonly ReportValueTable[]): CheckLine[] => {
    const byIndicator = new Map(values.map((v) => [v.indicator_id, v]));
    return indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      scale: i.scale,
      kind: i.kind,
      cumulative: byIndicator.get(i.id)?.cumulative ?? null,
      previousYear: byIndicator.get(i.id)?.previous_year ?? null,
      earlierMonths: around.earlier(i.id),
    }));
  };
  const check = (values: readonly ReportValueTable[], explanations: readonly ReportExplanation[]) =>
    checkReport(checkLines(values), new Set(explanations.map((e) => e.indicatorCode)));

  const view = (values: readonly ReportValueTable[], explanations: ReportExplanation[]): ReportForm => {
    const byIndicator = new Map(values.map((v) => [v.indicator_id, v]));
    return {
      ...reportListItem(report),
      lines: indicators.map((i) => ({
        indicatorId: i.id,
        code: i.code,
        name: i.name,
        unit: i.unit,
        scale: i.scale,
        kind: i.kind,
        cumulative: byIndicator.get(i.id)?.cumulative ?? null,
        previousYear: byIndicator.get(i.id)?.previous_year ?? null,
        previousYearSuggested: around.suggested(i.id),
        lastMonthCumulative: around.earlier(i.id).at(-1) ?? null,
      })),
      explanations,
      checks: report.status === 'notStarted' ? [] : check(values, explanations),
    };
  };
  return { indicators, check, view };
}
