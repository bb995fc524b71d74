import type { IndicatorKind, ReportCheck } from '@kaifaqu/contracts';

/** What the checks need to know of one form line. */
export interface CheckLine {
  code: string;
  name: string;
  unit: string;
  scale: number;
  kind: IndicatorKind;
  cumulative: number | null;
  previousYear: number | null;
  /**
   * The enterprise's cumulative values of the earlier months of the same year (index 0 = January),
   * null where it has no report; the last element is the month before this one.
   */
  earlierMonths: (number | null)[];
}

/** Year-on-year change beyond this fraction needs an explanation (soft check). */
export const GROWTH_LIMIT = 0.5;
/** A month more than this many times (or less than 1/this of) the year's average month needs one too. */
export const TREND_FACTOR = 2;

/** Indicators that may be negative and may fall from one month to the next (a loss month). */
const MAY_BE_NEGATIVE = new Set(['profit']);

/** A scaled integer as the form shows it, e.g. 1234500000 at scale 6 → "1234.50". */
export function scaledText(value: number, scale: number): string {
  return (value / 10 ** scale).toFixed(Math.min(scale, 2));
}

/**
 * The review rules of a monthly report (审核规则). Hard findings block submission; soft ones block
 * until the indicator carries an explanation (情况说明).
 */
export function checkReport(lines: readonly CheckLine[], explained: ReadonlySet<string>): ReportCheck[] {
  const findings: ReportCheck[] = [];
  const add = (line: CheckLine, rule: ReportCheck['rule'], message: string) => {
    const severity = rule === 'growthBeyondLimit' || rule === 'trendBreak' ? 'soft' : 'hard';
    findings.push({
      indicatorCode: line.code,
      rule,
      severity,
      message: `${line.name}:${message}`,
      explained: severity === 'soft' && explained.has(line.code),
    });
  };
  const byCode = new Map(lines.map((l) => [l.code, l]));

  for (const line of lines) {
    const text = (value: number) => `${scaledText(value, line.scale)}${line.unit}`;
    if (line.cumulative === null) {
      add(line, 'missing', '未填写本期数');
      continue;
    }
    if (!MAY_BE_NEGATIVE.has(line.code) && (line.cumulative < 0 || (line.previousYear ?? 0) < 0)) {
      add(line, 'negative', '数值不能为负数');
      continue;
    }
    const lastMonth = line.earlierMonths.at(-1) ?? null;
    if (
      line.kind === 'flow' &&
      !MAY_BE_NEGATIVE.has(line.code) &&
      lastMonth !== null &&
      line.cumulative < lastMonth
    ) {
      add(line, 'belowLastMonth', `本期累计低于上月累计 ${text(lastMonth)}`);
      continue;
    }
    if (line.previousYear !== null && line.previousYear > 0) {
      const growth = line.cumulative / line.previousYear - 1;
      if (Math.abs(growth) > GROWTH_LIMIT) {
        add(
          line,
          'growthBeyondLimit',
          `同比${growth > 0 ? '增长' : '下降'}${(Math.abs(growth) * 100).toFixed(1)}%,超过 ±50%,请说明原因`,
        );
      }
    }
    const trend = trendBreak(line);
    if (trend) add(line, 'trendBreak', trend);
  }

  const output = byCode.get('grossOutput');
  const added = byCode.get('valueAdded');
  if (output && added && output.cumulative !== null && added.cumulative !== null) {
    const above =
      added.cumulative > output.cumulative ||
      (added.previousYear !== null &&
        output.previousYear !== null &&
        added.previousYear > output.previousYear);
    if (above) add(added, 'valueAddedAboveOutput', `不能大于${output.name}`);
  }
  return findings;
}

/** The single month against the year's earlier single months: needs two of them to judge. */
function trendBreak(line: CheckLine): string | null {
  if (line.kind !== 'flow' || line.cumulative === null) return null;
  const months = line.earlierMonths;
  if (months.length < 2 || months.some((m) => m === null)) return null;
  const cumulative = months as number[];
  const singles = cumulative.map((value, i) => value - (i === 0 ? 0 : cumulative[i - 1]!));
  const average = singles.reduce((a, b) => a + b, 0) / singles.length;
  if (average <= 0) return null;
  const single = line.cumulative - cumulative[cumulative.length - 1]!;
  if (single > average * TREND_FACTOR || single < average / TREND_FACTOR) {
    return `本月数 ${scaledText(single, line.scale)}${line.unit} 与本年此前月均 ${scaledText(Math.round(average), line.scale)}${line.unit} 相差一倍以上,请说明原因`;
  }
  return null;
}
