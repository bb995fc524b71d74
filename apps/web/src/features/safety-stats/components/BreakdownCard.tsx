import { useState } from 'react';
import { Card, Table, Tabs, type TableColumnsType } from 'antd';
import type { SafetyFigures, SafetyStatsGroup, SafetyStatsQuery } from '@kaifaqu/contracts';
import { useT, type MessageKey } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { countText, rateText } from '../display';
import { useSafetyStats } from '../hooks';
import { ExportButton } from './ExportButton';

type Split = 'subPark' | 'category' | 'grade' | 'enterprise';

const SPLITS: { key: Split; label: MessageKey }[] = [
  { key: 'subPark', label: 'safetyStats.bySubPark' },
  { key: 'category', label: 'safetyStats.byCategory' },
  { key: 'grade', label: 'safetyStats.byGrade' },
  { key: 'enterprise', label: 'safetyStats.byEnterprise' },
];

const COLUMNS: { key: string; label: MessageKey; text: (f: SafetyFigures) => string; red?: boolean }[] = [
  { key: 'inspections', label: 'safetyStats.inspections', text: (f) => countText(f.inspections) },
  {
    key: 'enterprisesInspected',
    label: 'safetyStats.enterprisesInspected',
    text: (f) => countText(f.enterprisesInspected),
  },
  { key: 'found', label: 'safetyStats.found', text: (f) => String(f.found) },
  { key: 'rectified', label: 'safetyStats.rectified', text: (f) => String(f.rectified) },
  { key: 'rate', label: 'safetyStats.rate', text: (f) => rateText(f.rateBp) },
  { key: 'closedInPeriod', label: 'safetyStats.closedInPeriod', text: (f) => String(f.closedInPeriod) },
  { key: 'overdue', label: 'safetyStats.overdue', text: (f) => String(f.overdue), red: true },
  { key: 'notices', label: 'safetyStats.notices', text: (f) => countText(f.noticesIssued) },
  { key: 'majorOpen', label: 'safetyStats.majorOpen', text: (f) => String(f.majorOpen), red: true },
];

const TOTAL = '∑';
const RED = '#cf1322';

/** A table row: a group, or the total at the foot. */
type Row = SafetyStatsGroup & { rowKey: string };

/**
 * 分组统计: the period's figures by sub-park, hazard category, grade or enterprise with the total,
 * as the quarterly and annual report lays them out, and its Excel export.
 */
export function BreakdownCard({ period, showEnterprises }: { period: string; showEnterprises: boolean }) {
  const t = useT();
  const [split, setSplit] = useState<Split>('subPark');
  const query: SafetyStatsQuery = { period, groupBy: split };
  const stats = useSafetyStats(query);
  const rows: Row[] = [
    ...(stats.data?.groups ?? []).map((g) => ({ ...g, rowKey: g.key ?? '-' })),
    ...(stats.data
      ? [{ key: null, name: t('safetyStats.total'), figures: stats.data.total, rowKey: TOTAL }]
      : []),
  ];
  const columns: TableColumnsType<Row> = [
    { title: t('safetyStats.group'), dataIndex: 'name', fixed: 'left', width: 180 },
    ...COLUMNS.map((c) => ({
      title: t(c.label),
      key: c.key,
      align: 'right' as const,
      width: 100,
      render: (_: unknown, row: Row) => {
        const text = c.text(row.figures);
        const red = c.red && text !== '0';
        const bold = row.rowKey === TOTAL;
        return (
          <span
            className="kfq-figure"
            style={
              red || bold ? { color: red ? RED : undefined, fontWeight: bold ? 600 : undefined } : undefined
            }
          >
            {text}
          </span>
        );
      },
    })),
  ];
  const splits = SPLITS.filter((s) => showEnterprises || s.key !== 'enterprise');
  const title = t(SPLITS.find((s) => s.key === split)!.label);
  return (
    <Card
      className="kfq-section-card"
      title={t('safetyStats.breakdown')}
      extra={<ExportButton query={query} fileName={`${t('menu.safetyDashboard')}_${title}_${period}`} />}
    >
      <Tabs
        size="small"
        activeKey={split}
        onChange={(key) => setSplit(key as Split)}
        items={splits.map((s) => ({ key: s.key, label: t(s.label) }))}
      />
      {stats.isError ? <ApiErrorAlert error={stats.error} /> : null}
      <Table<Row>
        rowKey="rowKey"
        size="small"
        aria-label={t('safetyStats.breakdown')}
        columns={columns}
        dataSource={rows}
        loading={stats.isFetching}
        scroll={{ x: 180 + COLUMNS.length * 100 }}
        pagination={false}
        locale={{ emptyText: t('safetyStats.noFigures') }}
      />
    </Card>
  );
}
