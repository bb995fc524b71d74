import { useMemo } from 'react';
import type { ReportForm } from '@kaifaqu/contracts';
import { findingsByCode } from '../findings';
import { initialExplanations } from '../form-state';
import { ReportLinesTable } from './ReportLinesTable';

/** The month N of a `YYYY-MM` period, for the 1–N月 heading. */
export function monthOf(period: string): number {
  return Number(period.slice(5, 7));
}

/** A report as submitted: its values, the findings they raise and the enterprise's 情况说明. */
export function ReportReadOnly({ form }: { form: ReportForm }) {
  const findings = useMemo(() => findingsByCode(form.checks), [form.checks]);
  const explanations = useMemo(() => initialExplanations(form), [form]);
  return (
    <ReportLinesTable
      lines={form.lines}
      month={monthOf(form.period)}
      findings={findings}
      explanations={explanations}
    />
  );
}
