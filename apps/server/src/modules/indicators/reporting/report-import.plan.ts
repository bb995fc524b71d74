import type { CellValue } from 'exceljs';
import {
  isValidCreditCode,
  normaliseCreditCode,
  ScaledValue,
  type ImportProblem,
  type ReportCheck,
  type ReportExplanation,
} from '@kaifaqu/contracts';
import { plainOf, readScaled, readText, type Read } from '../../../platform/excel/cells.js';
import type { IndicatorTable } from '../indicators.tables.js';
import { checkReport, type CheckLine } from './report-checks.js';
import type { TaskReport } from './report-import.repository.js';
import { HEADERS, valueColumns, type ImportSheet, type ValueColumn } from './report-workbook.js';
import type { ReportValueTable } from './reporting.tables.js';

// Works out, without writing anything, what a month's import file would do: every problem of
// every row, or for each report whether it is created, updated, revised or left unchanged.

/** What the plan is computed against, all loaded in a few set-based queries. */
export interface PlanInput {
  indicators: readonly IndicatorTable[];
  /** The task's reports in the caller's scope. */
  reports: readonly TaskReport[];
  /** Their stored values. */
  values: readonly ReportValueTable[];
  /** Non-null cumulative values of the earlier months of the year (submitted or approved), by indicator id. */
  earlierValues: readonly {
    enterprise_id: string;
    period: string;
    cumulative: ReadonlyMap<string, number>;
  }[];
  /** The earlier months of the year, January first. */
  earlierPeriods: readonly string[];
}

/** One report the import writes. */
export interface PlannedReport {
  report: TaskReport;
  outcome: 'created' | 'updated' | 'revised';
  /** The file's values of the form's indicators. */
  values: ReportValueTable[];
  /** Every value stored before, by indicator id. */
  before: Map<string, ReportValueTable>;
  explanations: ReportExplanation[];
}

/** The outcome of planning: problems (then nothing is written), else the reports to write. */
export interface ImportPlan {
  problems: ImportProblem[];
  writes: PlannedReport[];
  unchanged: number;
}

const MAX_EXPLANATION = 500;
const NOT_IN_TASK = '本任务中没有该统一社会信用代码的企业,或该企业不在您的数据范围内';

/** Validates every row of the sheet and works out what each report would become. */
export function planImport(sheet: ImportSheet, input: PlanInput): ImportPlan {
  const plan: ImportPlan = { problems: [], writes: [], unchanged: 0 };
  if (sheet.missing.length > 0) {
    plan.problems = sheet.missing.map((column) => ({ row: 1, column, message: '缺少该列,请使用导入模板' }));
    return plan;
  }
  const columns = valueColumns(input.indicators);
  const order = new Map(
    [HEADERS.creditCode, ...columns.map((c) => c.header), HEADERS.explanation].map((h, i) => [h, i]),
  );
  const byCode = new Map(input.reports.map((r) => [r.credit_code, r]));
  const stored = groupValues(input.values);
  const earlier = earlierMonths(input);
  const firstRowOf = new Map<string, number>();
  // A row's 情况说明 explains each of its soft findings.
  const allCodes: ReadonlySet<string> = new Set(input.indicators.map((i) => i.code));
  const noCodes: ReadonlySet<string> = new Set();

  for (const row of sheet.rows) {
    const problem = (column: string, message: string) =>
      plan.problems.push({ row: row.number, column, message });
    const code = readCode(row.creditCode);
    const values = row.values.map((cell, i) => readValue(cell, columns[i]!));
    const explanation = readExplanation(row.explanation);
    values.forEach((v, i) => 'problem' in v && problem(columns[i]!.header, v.problem));
    if ('problem' in explanation) problem(HEADERS.explanation, explanation.problem);
    if ('problem' in code) {
      problem(HEADERS.creditCode, code.problem);
      continue;
    }
    const first = firstRowOf.get(code.value);
    if (first !== undefined) {
      problem(HEADERS.creditCode, `与第 ${first} 行重复`);
      continue;
    }
    firstRowOf.set(code.value, row.number);
    // One message for "not in the task" and "outside your scope": nothing is told about the latter.
    const report = byCode.get(code.value);
    if (!report) {
      problem(HEADERS.creditCode, NOT_IN_TASK);
      continue;
    }
    if (values.some((v) => 'problem' in v) || 'problem' in explanation) continue;

    const rowValues: ReportValueTable[] = input.indicators.map((indicator, k) => ({
      report_id: report.id,
      indicator_id: indicator.id,
      cumulative: (values[2 * k] as { value: number | null }).value,
      previous_year: (values[2 * k + 1] as { value: number | null }).value,
    }));
    const text = explanation.value;
    const lines: CheckLine[] = input.indicators.map((indicator, k) => ({
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      scale: indicator.scale,
      kind: indicator.kind,
      cumulative: rowValues[k]!.cumulative,
      previousYear: rowValues[k]!.previous_year,
      earlierMonths: earlier(report.enterprise_id, indicator.id),
    }));
    const findings = checkReport(lines, text ? allCodes : noCodes);
    const blocking = findings.filter((f) => f.severity === 'hard' || !f.explained);
    for (const f of blocking) problem(findingColumn(f, lines, columns), f.message);
    if (blocking.length > 0) continue;

    const before = stored.get(report.id) ?? new Map<string, ReportValueTable>();
    const soft = [...new Set(findings.filter((f) => f.severity === 'soft').map((f) => f.indicatorCode))];
    const planned = {
      report,
      values: rowValues,
      before,
      explanations: soft.map((indicatorCode) => ({ indicatorCode, text: text! })),
    };
    if (report.status !== 'approved') {
      plan.writes.push({ ...planned, outcome: before.size === 0 ? 'created' : 'updated' });
    } else if (rowValues.some((v) => !sameValue(before.get(v.indicator_id), v))) {
      plan.writes.push({ ...planned, outcome: 'revised' });
    } else plan.unchanged += 1;
  }
  plan.problems.sort((a, b) => a.row - b.row || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));
  return plan;
}

/** Whether a stored value equals the file's (a missing row is null/null). */
export function sameValue(before: ReportValueTable | undefined, after: ReportValueTable): boolean {
  return (
    (before?.cumulative ?? null) === after.cumulative &&
    (before?.previous_year ?? null) === after.previous_year
  );
}

function readCode(cell: CellValue): Read<string> {
  const plain = plainOf(cell);
  const text = 'problem' in plain ? plain : readText(plain.value);
  if ('problem' in text) return text;
  if (text.value === null) return { problem: '不能为空' };
  const code = normaliseCreditCode(text.value);
  return isValidCreditCode(code) ? { value: code } : { problem: '统一社会信用代码格式或校验位不正确' };
}

function readValue(cell: CellValue, column: ValueColumn): Read<number | null> {
  const plain = plainOf(cell);
  if ('problem' in plain) return plain;
  return readScaled(plain.value, column.indicator.scale, {
    min: ScaledValue.minimum!,
    max: ScaledValue.maximum!,
  });
}

function readExplanation(cell: CellValue): Read<string | null> {
  const plain = plainOf(cell);
  const text = 'problem' in plain ? plain : readText(plain.value);
  if ('problem' in text || text.value === null) return text;
  return Array.from(text.value).length > MAX_EXPLANATION
    ? { problem: `不能超过 ${MAX_EXPLANATION} 个字符` }
    : text;
}

/** The column a finding is about: 情况说明 for an unexplained soft one, else the offending figure. */
function findingColumn(
  finding: ReportCheck,
  lines: readonly CheckLine[],
  columns: readonly ValueColumn[],
): string {
  if (finding.severity === 'soft') return HEADERS.explanation;
  const line = lines.find((l) => l.code === finding.indicatorCode)!;
  const output = lines.find((l) => l.code === 'grossOutput');
  const onPrevious =
    (finding.rule === 'negative' && (line.cumulative ?? 0) >= 0) ||
    (finding.rule === 'valueAddedAboveOutput' && (line.cumulative ?? 0) <= (output?.cumulative ?? 0));
  const side = onPrevious ? 'previousYear' : 'cumulative';
  return columns.find((c) => c.indicator.code === finding.indicatorCode && c.side === side)!.header;
}

/** Stored values by report id, then indicator id. */
function groupValues(values: readonly ReportValueTable[]): Map<string, Map<string, ReportValueTable>> {
  const byReport = new Map<string, Map<string, ReportValueTable>>();
  for (const v of values) {
    const map = byReport.get(v.report_id) ?? new Map<string, ReportValueTable>();
    map.set(v.indicator_id, v);
    byReport.set(v.report_id, map);
  }
  return byReport;
}

/** The enterprise's cumulative values of the earlier months, as the form's checks see them. */
function earlierMonths(input: PlanInput): (enterpriseId: string, indicatorId: string) => (number | null)[] {
  const monthIndex = new Map(input.earlierPeriods.map((p, i) => [p, i]));
  const none = input.earlierPeriods.map(() => null);
  // enterprise id → indicator id → months.
  const months = new Map<string, Map<string, (number | null)[]>>();
  for (const row of input.earlierValues) {
    let byIndicator = months.get(row.enterprise_id);
    if (!byIndicator) months.set(row.enterprise_id, (byIndicator = new Map()));
    const m = monthIndex.get(row.period)!;
    for (const [indicatorId, value] of row.cumulative) {
      let list = byIndicator.get(indicatorId);
      if (!list) byIndicator.set(indicatorId, (list = [...none]));
      list[m] = value;
    }
  }
  return (enterpriseId, indicatorId) => months.get(enterpriseId)?.get(indicatorId) ?? none;
}
