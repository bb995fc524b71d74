import type { ReportForm, ReportLine, ReportSaveBody, ReportValueInput } from '@kaifaqu/contracts';
import { scaledToText, textToScaled } from '../../shared/scaled';

/** What the user typed on one line, in display units (万元, 吨标准煤, 人 …). */
export interface LineDraft {
  cumulative: string;
  previousYear: string;
  /** 上年同期 was filled from last year's approved value, not typed or saved. */
  prefilled: boolean;
}

/** The form's typed values by indicator code. */
export type Drafts = Record<string, LineDraft>;

/** The decimals a value of this scale is shown with: 2 for 万元 (scale 6) and scale 2, none for scale 0. */
export function displayDecimals(scale: number): number {
  return Math.min(scale, 2);
}

/** A stored value as the text its input starts with, exact (more decimals only when the value has them). */
export function valueText(value: number | null, scale: number): string {
  return value === null ? '' : scaledToText(value, scale, displayDecimals(scale));
}

/**
 * The values the form opens with; an empty 上年同期 takes last year's approved value when there is one
 * (unless `suggest` is false, as when correcting an approved report).
 */
export function initialDrafts(form: ReportForm, suggest = true): Drafts {
  const drafts: Drafts = {};
  for (const line of form.lines) {
    const prefill = suggest && line.previousYear === null && line.previousYearSuggested !== null;
    drafts[line.code] = {
      cumulative: valueText(line.cumulative, line.scale),
      previousYear: valueText(prefill ? line.previousYearSuggested : line.previousYear, line.scale),
      prefilled: prefill,
    };
  }
  return drafts;
}

/** The saved 情况说明 by indicator code. */
export function initialExplanations(form: ReportForm): Record<string, string> {
  return Object.fromEntries(form.explanations.map((e) => [e.indicatorCode, e.text]));
}

/** Typed text → scaled value: null when empty, undefined when it is not a number of the line's precision. */
export function parseText(text: string, scale: number): number | null | undefined {
  if (text.trim() === '') return null;
  return textToScaled(text, scale) ?? undefined;
}

/** Year-on-year growth as a fraction; null without a current value or a positive base. */
export function growthOfValues(current: number | null | undefined, previous: number | null | undefined) {
  if (current === null || current === undefined || !previous || previous <= 0) return null;
  return current / previous - 1;
}

/** Year-on-year growth of the typed values of a line. */
export function growthOf(line: ReportLine, draft: LineDraft): number | null {
  return growthOfValues(parseText(draft.cumulative, line.scale), parseText(draft.previousYear, line.scale));
}

/** The request body of the form, or the codes of the lines whose text is not a valid number. */
export function buildSaveBody(
  form: ReportForm,
  drafts: Drafts,
  explanations: Record<string, string>,
): { body: ReportSaveBody; invalid: string[] } {
  const invalid: string[] = [];
  const values: ReportValueInput[] = form.lines.map((line) => {
    const draft = drafts[line.code];
    const cumulative = parseText(draft?.cumulative ?? '', line.scale);
    const previousYear = parseText(draft?.previousYear ?? '', line.scale);
    if (cumulative === undefined || previousYear === undefined) invalid.push(line.code);
    return {
      indicatorCode: line.code,
      cumulative: cumulative ?? null,
      previousYear: previousYear ?? null,
    };
  });
  const codes = new Set(form.lines.map((l) => l.code));
  const texts = Object.entries(explanations)
    .map(([indicatorCode, text]) => ({ indicatorCode, text: text.trim() }))
    .filter((e) => e.text !== '' && codes.has(e.indicatorCode));
  return { body: { values, explanations: texts, version: form.version }, invalid };
}

/** The lines whose typed values differ from the stored ones, for a revision; null while some text is invalid. */
export function changedValues(form: ReportForm, drafts: Drafts): ReportValueInput[] | null {
  const changed: ReportValueInput[] = [];
  for (const line of form.lines) {
    const draft = drafts[line.code];
    const cumulative = parseText(draft?.cumulative ?? '', line.scale);
    const previousYear = parseText(draft?.previousYear ?? '', line.scale);
    if (cumulative === undefined || previousYear === undefined) return null;
    if (cumulative !== line.cumulative || previousYear !== line.previousYear) {
      changed.push({ indicatorCode: line.code, cumulative, previousYear });
    }
  }
  return changed;
}

/** Whether the enterprise may still change the report (未填报, 草稿, 已退回). */
export function isEditable(form: Pick<ReportForm, 'status'>): boolean {
  return form.status === 'notStarted' || form.status === 'draft' || form.status === 'returned';
}
