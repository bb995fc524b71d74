import type { ImportProblem, ReportCheck } from '@kaifaqu/contracts';
import { ApiError } from '../../shared/http';
import { UploadError } from '../../shared/upload';

/** The 422 code of a submission whose checks failed; its details name `<indicatorCode>.<rule>`. */
export const REPORT_CHECKS_FAILED = 'REPORT_CHECKS_FAILED';
/** The 400 code of an import with rows that did not pass. */
export const IMPORT_INVALID = 'IMPORT_INVALID';

const SOFT_RULES: ReadonlySet<string> = new Set(['growthBeyondLimit', 'trendBreak']);
const RULES: ReadonlySet<string> = new Set([
  'missing',
  'negative',
  'valueAddedAboveOutput',
  'belowLastMonth',
  ...SOFT_RULES,
]);

/**
 * The findings of a refused submission (422 REPORT_CHECKS_FAILED), as the check call would list them,
 * or null when the error is of another kind.
 */
export function findingsOfError(error: unknown): ReportCheck[] | null {
  if (!(error instanceof ApiError) || error.code !== REPORT_CHECKS_FAILED) return null;
  return (error.details ?? []).map((d) => {
    const dot = d.path.lastIndexOf('.');
    const indicatorCode = dot > 0 ? d.path.slice(0, dot) : d.path;
    const rawRule = dot > 0 ? d.path.slice(dot + 1) : '';
    const rule = (RULES.has(rawRule) ? rawRule : 'missing') as ReportCheck['rule'];
    return {
      indicatorCode,
      rule,
      severity: SOFT_RULES.has(rawRule) ? 'soft' : 'hard',
      message: d.message,
      explained: false,
    };
  });
}

/**
 * The cells an import refused (400 IMPORT_INVALID) as 行 / 列 / 原因: the body's `problems`, or its
 * details named `row N / 列`; null when the error is of another kind.
 */
export function importProblemsOf(error: unknown): ImportProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== IMPORT_INVALID) return null;
  const problems = error instanceof UploadError ? (error.body as { problems?: unknown }).problems : null;
  if (Array.isArray(problems)) return problems as ImportProblem[];
  return (error.details ?? []).map((d) => {
    const match = /^\s*(?:row|行)\s*(\d+)\s*(?:\/\s*(.*))?$/i.exec(d.path);
    return match
      ? { row: Number(match[1]), column: match[2]?.trim() ?? '', message: d.message }
      : { row: 0, column: d.path, message: d.message };
  });
}

/** Findings grouped by indicator code, hard ones first. */
export function findingsByCode(checks: readonly ReportCheck[]): Map<string, ReportCheck[]> {
  const map = new Map<string, ReportCheck[]>();
  const sorted = [...checks].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'hard' ? -1 : 1));
  for (const check of sorted) {
    const list = map.get(check.indicatorCode) ?? [];
    list.push(check);
    map.set(check.indicatorCode, list);
  }
  return map;
}

/** Indicator codes with a soft finding, which need a 情况说明 before the report can be submitted. */
export function codesNeedingExplanation(checks: readonly ReportCheck[]): string[] {
  return [...new Set(checks.filter((c) => c.severity === 'soft').map((c) => c.indicatorCode))];
}
