import { useState } from 'react';
import { App, Button, Input, Table, Tooltip, type TableColumnsType } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import type { ZoneFigure } from '@kaifaqu/contracts';
import { EMPTY, formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { decimalPattern, scaledToText, textToScaled } from '../../../shared/scaled';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { displayDecimals } from '../display';
import { useSaveZoneFigure } from '../hooks';
import { GrowthText } from './GrowthText';

/** What a row's inputs hold: decimal text in the indicator's unit. */
interface Draft {
  cumulative: string;
  previousYear: string;
}

function serverDraft(figure: ZoneFigure): Draft {
  return {
    cumulative: figure.cumulative === null ? '' : scaledToText(figure.cumulative, figure.scale),
    previousYear: figure.previousYear === null ? '' : scaledToText(figure.previousYear, figure.scale),
  };
}

/** An input's value as the stored integer; undefined when invalid, null when empty. */
function parsed(text: string, figure: ZoneFigure): number | null | undefined {
  // Thousands separators as people copy them from spreadsheets ('52,345.67') are accepted.
  const clean = text.trim().replace(/,/g, '');
  if (!clean) return null;
  // Two decimals in the display unit (fewer when the indicator keeps fewer), then exact to the integer.
  if (!decimalPattern(displayDecimals(figure), true).test(clean)) return undefined;
  return textToScaled(clean, figure.scale) ?? undefined;
}

/** Props of {@link ZoneFiguresTable}. */
export interface ZoneFiguresTableProps {
  period: string;
  figures: ZoneFigure[];
  loading: boolean;
  departmentNames: ReadonlyMap<string, string>;
}

/**
 * 全区指标录入: one row per department-reported indicator with 本月累计 and 上年同期 typed in the display unit
 * (two decimals, converted exactly to the stored integer) and a save per row carrying the row's version.
 */
export function ZoneFiguresTable({ period, figures, loading, departmentNames }: ZoneFiguresTableProps) {
  const t = useT();
  const { message } = App.useApp();
  const save = useSaveZoneFigure(period);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [failure, setFailure] = useState<{ name: string; error: unknown } | null>(null);
  const draftOf = (f: ZoneFigure) => drafts[f.indicatorCode] ?? serverDraft(f);
  const edit = (f: ZoneFigure, change: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [f.indicatorCode]: { ...draftOf(f), ...change } }));

  const submit = (f: ZoneFigure) => {
    const draft = draftOf(f);
    const cumulative = parsed(draft.cumulative, f);
    const previousYear = parsed(draft.previousYear, f);
    if (cumulative === null || cumulative === undefined || previousYear === undefined) return;
    setFailure(null);
    save.mutate(
      { code: f.indicatorCode, body: { cumulative, previousYear, version: f.version } },
      {
        onSuccess: () => {
          setDrafts(({ [f.indicatorCode]: _saved, ...rest }) => rest);
          void message.success(t('zoneFigure.saved', { name: f.indicatorName }));
        },
        onError: (error) => setFailure({ name: f.indicatorName, error }),
      },
    );
  };

  const amountInput = (f: ZoneFigure, field: keyof Draft, required: boolean) => {
    const text = draftOf(f)[field];
    const value = parsed(text, f);
    const invalid = value === undefined || (required && value === null && f.version !== null);
    return (
      <Tooltip title={invalid ? t('zoneFigure.invalidAmount', { decimals: displayDecimals(f) }) : undefined}>
        <Input
          value={text}
          inputMode="decimal"
          status={invalid ? 'error' : undefined}
          className="kfq-amount-input"
          suffix={<span className="kfq-muted">{f.unit}</span>}
          onChange={(e) => edit(f, { [field]: e.target.value })}
          onPressEnter={() => submit(f)}
          aria-label={`${f.indicatorName} ${field === 'cumulative' ? t('zoneFigure.cumulative') : t('zoneFigure.previousYear')}`}
        />
      </Tooltip>
    );
  };

  const columns: TableColumnsType<ZoneFigure> = [
    { title: t('indicatorCatalogue.name'), dataIndex: 'indicatorName', width: 170, fixed: 'left' },
    {
      title: t('indicatorCatalogue.leadDepartment'),
      dataIndex: 'leadDepartmentId',
      width: 130,
      render: (id: string | null) => (id ? (departmentNames.get(id) ?? EMPTY) : EMPTY),
    },
    {
      title: t('zoneFigure.cumulative'),
      key: 'cumulative',
      width: 220,
      render: (_v, f) => amountInput(f, 'cumulative', true),
    },
    {
      title: t('zoneFigure.previousYear'),
      key: 'previousYear',
      width: 220,
      render: (_v, f) => amountInput(f, 'previousYear', false),
    },
    {
      title: t('economy.growth'),
      key: 'growth',
      width: 100,
      align: 'right',
      render: (_v, f) => {
        const draft = draftOf(f);
        const current = parsed(draft.cumulative, f);
        const previous = parsed(draft.previousYear, f);
        const growth =
          typeof current === 'number' && typeof previous === 'number' && previous !== 0
            ? current / previous - 1
            : null;
        return <GrowthText growth={growth} />;
      },
    },
    {
      title: t('zoneFigure.enteredBy'),
      key: 'entered',
      width: 190,
      render: (_v, f) =>
        f.version === null ? (
          <span className="kfq-muted">{t('zoneFigure.notEntered')}</span>
        ) : (
          <span>
            {f.enteredBy ?? EMPTY}
            <br />
            <span className="kfq-muted">{formatDateTime(f.enteredAt)}</span>
          </span>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_v, f) => {
        const draft = draftOf(f);
        const server = serverDraft(f);
        const cumulative = parsed(draft.cumulative, f);
        const ready = typeof cumulative === 'number' && parsed(draft.previousYear, f) !== undefined;
        const changed = draft.cumulative !== server.cumulative || draft.previousYear !== server.previousYear;
        return (
          <Button
            type={changed ? 'primary' : 'default'}
            size="small"
            icon={<SaveOutlined />}
            disabled={!ready || !changed}
            loading={save.isPending && save.variables?.code === f.indicatorCode}
            onClick={() => submit(f)}
          >
            {t('action.save')}
          </Button>
        );
      },
    },
  ];

  return (
    <>
      {failure ? (
        <ApiErrorAlert error={failure.error} title={t('zoneFigure.saveFailed', { name: failure.name })} />
      ) : null}
      <Table<ZoneFigure>
        rowKey="indicatorCode"
        columns={columns}
        dataSource={figures}
        loading={loading}
        pagination={false}
        scroll={{ x: 1130 }}
      />
    </>
  );
}
