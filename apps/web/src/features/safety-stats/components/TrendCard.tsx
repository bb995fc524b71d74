import { useMemo } from 'react';
import { Card, Empty } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useLocale, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { EChart, type EChartOption } from '../../../shared/ui/EChart';
import { useSafetyTrend } from '../hooks';

// Only the parts this chart draws (architecture.md: import echarts/core parts).
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** 各月隐患发现与销号: bars of hazards found and closed in each month of the year. */
export function TrendCard({ year }: { year: number }) {
  const t = useT();
  const { locale } = useLocale();
  const trend = useSafetyTrend(year);
  const option = useMemo<EChartOption | null>(() => {
    const months = trend.data?.months;
    if (!months || months.every((m) => m.found === 0 && m.closed === 0)) return null;
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months.map((_, i) => t('safetyStats.monthShort', { month: i + 1 })) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('safetyStats.trendFound'),
          type: 'bar',
          data: months.map((m) => m.found),
          itemStyle: { color: '#f5a623' },
        },
        {
          name: t('safetyStats.trendClosed'),
          type: 'bar',
          data: months.map((m) => m.closed),
          itemStyle: { color: '#1f5fbf' },
        },
      ],
    };
  }, [trend.data, t]);
  const title = t('safetyStats.trendTitle', { year });
  return (
    <Card className="kfq-section-card" title={title}>
      {trend.isError ? <ApiErrorAlert error={trend.error} /> : null}
      {option ? (
        <EChart key={locale} height={300} option={option} label={title} />
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={trend.isPending ? t('app.loading') : t('safetyStats.noFigures')}
        />
      )}
    </Card>
  );
}
