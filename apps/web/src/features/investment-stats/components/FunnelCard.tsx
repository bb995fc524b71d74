import { useMemo } from 'react';
import { Card, Descriptions } from 'antd';
import type { InvestmentStatsSummary } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { STAGE_KEYS } from '../figures';
import { EChart, type EChartOption } from './EChart';

const PIPELINE = [
  'lead',
  'negotiating',
  'signed',
  'landSupplied',
  'started',
  'inProduction',
  'fullProduction',
];

/**
 * The pipeline on the range's last day as a funnel: each layer counts the projects at that stage or
 * beyond (so it narrows), the tooltip the projects at exactly that stage; 终止 and the activities beside it.
 */
export function FunnelCard({ summary }: { summary: InvestmentStatsSummary | undefined }) {
  const t = useT();
  const counts = useMemo(() => new Map((summary?.stages ?? []).map((s) => [s.stage, s.count])), [summary]);
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string; data: { at: number } }) => `${p.name}: ${p.data.at}`,
      },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          minSize: '20%',
          left: '10%',
          width: '80%',
          label: { show: true, position: 'inside', formatter: '{b} {c}' },
          data: PIPELINE.map((stage, i) => ({
            name: t(STAGE_KEYS[stage]!),
            value: PIPELINE.slice(i).reduce((n, s) => n + (counts.get(s) ?? 0), 0),
            at: counts.get(stage) ?? 0,
          })),
        },
      ],
    }),
    [counts, t],
  );
  return (
    <Card className="kfq-section-card" title={t('investmentStats.funnel')}>
      <EChart option={option} label={t('investmentStats.funnelLabel')} height={280} />
      <Descriptions size="small" column={2} title={t('investmentStats.activities')}>
        <Descriptions.Item label={t('investmentStats.stage.terminated')}>
          {counts.get('terminated') ?? 0}
        </Descriptions.Item>
        <Descriptions.Item label={t('investmentStats.receptions')}>
          {summary?.activities.receptions ?? 0}
        </Descriptions.Item>
        <Descriptions.Item label={t('investmentStats.trips')}>
          {summary?.activities.trips ?? 0}
        </Descriptions.Item>
        <Descriptions.Item label={t('investmentStats.promotionEvents')}>
          {summary?.activities.promotionEvents ?? 0}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
