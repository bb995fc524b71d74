import { Input, Table, Typography, type TableColumnsType } from 'antd';
import type { ReportCheck, ReportLine } from '@kaifaqu/contracts';
import { EMPTY, formatPercent, formatScaled } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import {
  displayDecimals,
  growthOf,
  growthOfValues,
  parseText,
  type Drafts,
  type LineDraft,
} from '../form-state';
import { FindingsCell } from './FindingsCell';

/** What the table needs to let the enterprise type; without it the table is read-only. */
export interface LinesEditing {
  drafts: Drafts;
  onValue: (code: string, field: 'cumulative' | 'previousYear', text: string) => void;
  onExplain: (code: string, text: string) => void;
  disabled?: boolean;
}

/** Props of {@link ReportLinesTable}. */
export interface ReportLinesTableProps {
  lines: ReportLine[];
  /** The month N of 1–N月. */
  month: number;
  findings: Map<string, ReportCheck[]>;
  explanations: Record<string, string>;
  editing?: LinesEditing;
  /** Leave out the 校验结果 column (as when correcting an approved report). */
  hideFindings?: boolean;
}

function placeholderOf(scale: number): string {
  const decimals = displayDecimals(scale);
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/**
 * The indicator lines of a monthly report: 本期累计 and 上年同期 in display units, the month before as a
 * hint, 同比 of the typed values, and each line's findings (hard in red, soft in orange with its 情况说明).
 */
export function ReportLinesTable(props: ReportLinesTableProps) {
  const { lines, month, findings, explanations, editing, hideFindings } = props;
  const t = useT();

  const valueInput = (line: ReportLine, draft: LineDraft, field: 'cumulative' | 'previousYear') => {
    const text = draft[field];
    const invalid = parseText(text, line.scale) === undefined;
    const label =
      field === 'cumulative' ? t('reporting.line.cumulativeShort') : t('reporting.line.previousYear');
    return (
      <>
        <Input
          value={text}
          inputMode="decimal"
          placeholder={placeholderOf(line.scale)}
          status={invalid ? 'error' : undefined}
          disabled={editing?.disabled}
          aria-label={`${line.name} ${label}`}
          onChange={(e) => editing?.onValue(line.code, field, e.target.value)}
        />
        {invalid ? (
          <Typography.Text type="danger" className="kfq-report-hint">
            {line.scale > 0
              ? t('reporting.line.invalidNumber', { decimals: line.scale })
              : t('reporting.line.invalidInteger')}
          </Typography.Text>
        ) : null}
      </>
    );
  };

  const columns: TableColumnsType<ReportLine> = [
    { title: t('reporting.line.indicator'), dataIndex: 'name', width: 150 },
    { title: t('reporting.line.unit'), dataIndex: 'unit', width: 90 },
    {
      title: t('reporting.line.cumulative', { month }),
      key: 'cumulative',
      width: 190,
      render: (_, line) => {
        const draft = editing?.drafts[line.code];
        const hint = line.kind === 'stock' ? 'reporting.line.lastMonthStock' : 'reporting.line.lastMonth';
        return (
          <div>
            {draft ? valueInput(line, draft, 'cumulative') : formatScaled(line.cumulative, line.scale)}
            <Typography.Text type="secondary" className="kfq-report-hint">
              {t(hint, { value: formatScaled(line.lastMonthCumulative, line.scale) })}
            </Typography.Text>
          </div>
        );
      },
    },
    {
      title: t('reporting.line.previousYear'),
      key: 'previousYear',
      width: 190,
      render: (_, line) => {
        const draft = editing?.drafts[line.code];
        if (!draft) return formatScaled(line.previousYear, line.scale);
        return (
          <div>
            {valueInput(line, draft, 'previousYear')}
            {draft.prefilled ? (
              <Typography.Text type="secondary" className="kfq-report-hint">
                {t('reporting.line.prefilled')}
              </Typography.Text>
            ) : null}
          </div>
        );
      },
    },
    {
      title: t('reporting.line.growth'),
      key: 'growth',
      width: 90,
      align: 'right',
      render: (_, line) => {
        const draft = editing?.drafts[line.code];
        const growth = draft ? growthOf(line, draft) : growthOfValues(line.cumulative, line.previousYear);
        return growth === null ? EMPTY : formatPercent(growth);
      },
    },
    {
      title: t('reporting.line.findings'),
      key: 'findings',
      render: (_, line) => (
        <FindingsCell
          findings={findings.get(line.code) ?? []}
          explanation={explanations[line.code] ?? ''}
          onExplain={editing && !editing.disabled ? (text) => editing.onExplain(line.code, text) : undefined}
          indicatorName={line.name}
        />
      ),
    },
  ];

  return (
    <Table<ReportLine>
      rowKey="code"
      size="middle"
      columns={hideFindings ? columns.filter((c) => c.key !== 'findings') : columns}
      dataSource={lines}
      pagination={false}
      scroll={{ x: 1000 }}
      rowClassName={(line) =>
        (findings.get(line.code) ?? []).some((f) => f.severity === 'hard') ? 'kfq-report-row-hard' : ''
      }
    />
  );
}
