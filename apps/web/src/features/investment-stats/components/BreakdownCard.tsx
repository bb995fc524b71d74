import { useMemo, useState } from 'react';
import { Card, Segmented, Table } from 'antd';
import type { InvestmentStatsGroup, InvestmentStatsGroupBy } from '@kaifaqu/contracts';
import { formatWan } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useInvestmentSummary } from '../hooks';
import { EChart, type EChartOption } from './EChart';

type GroupBy = Exclude<InvestmentStatsGroupBy, 'none'>;
const GROUPINGS: GroupBy[] = ['subPark', 'industry', 'projectType', 'sizeBand'];

const fundsOf = (g: InvestmentStatsGroup) =>
  g.figures.funds.inProvinceCnyFen + g.figures.funds.outOfProvinceCnyFen + g.figures.funds.foreignCnyFen;

/** 分类统计: signed, started, in production, negotiating and funds by sub-park, industry, type or size. */
export function BreakdownCard({ from, to }: { from: string; to: string }) {
  const t = useT();
  const [groupBy, setGroupBy] = useState<GroupBy>('subPark');
  const summary = useInvestmentSummary({ from, to, groupBy });
  const groups = useMemo(() => summary.data?.groups ?? [], [summary.data]);
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 32, bottom: 60 },
      xAxis: { type: 'category', data: groups.map((g) => g.name), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['signed', 'started', 'inProduction'] as const).map((metric) => ({
        type: 'bar',
        name: t(`investmentStats.${metric}`),
        data: groups.map((g) => g.figures[metric].count),
      })),
    }),
    [groups, t],
  );
  return (
    <Card
      className="kfq-section-card"
      title={t('investmentStats.breakdown')}
      extra={
        <Segmented<GroupBy>
          value={groupBy}
          onChange={setGroupBy}
          options={GROUPINGS.map((g) => ({ value: g, label: t(`investmentStats.groupBy.${g}`) }))}
        />
      }
    >
      {summary.isError ? <ApiErrorAlert error={summary.error} /> : null}
      <EChart option={option} height={300} label={t('investmentStats.chartLabel')} />
      <Table<InvestmentStatsGroup>
        rowKey={(g) => g.key ?? ''}
        size="small"
        loading={summary.isFetching}
        dataSource={groups}
        pagination={false}
        columns={[
          { title: t('investmentStats.group'), dataIndex: 'name' },
          ...(['signed', 'started', 'inProduction', 'negotiating'] as const).map((metric) => ({
            title: t(
              metric === 'negotiating' ? 'investmentStats.negotiatingNow' : `investmentStats.${metric}`,
            ),
            key: metric,
            align: 'right' as const,
            render: (_: unknown, g: InvestmentStatsGroup) => g.figures[metric].count,
          })),
          {
            title: t('investmentStats.fundsCny'),
            key: 'funds',
            align: 'right',
            render: (_: unknown, g: InvestmentStatsGroup) => formatWan(fundsOf(g)),
          },
        ]}
      />
    </Card>
  );
}
