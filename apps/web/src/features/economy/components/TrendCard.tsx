import { useMemo } from 'react';
import { Card, Empty, Select } from 'antd';
import type { StatsIndicator } from '@kaifaqu/contracts';
import { useLocale, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { chartUnit, chartValue } from '../display';
import { useStatsTrend } from '../hooks';
import { EChart, type EChartOption } from './EChart';

/** Props of {@link TrendCard}. */
export interface TrendCardProps {
  year: number;
  focus: string;
  /** Indicators offered in the chooser (those of the set with figures). */
  indicators: StatsIndicator[];
  onFocus: (code: string) => void;
}

// The chosen year in the zone's blue, earlier years in quieter tones.
const COLOURS = ['#1f5fbf', '#f5a623', '#8c8c8c', '#52c41a', '#722ed1'];

/** 累计趋势: the monthly 1–N月 cumulative of one indicator for the chosen year and the two before. */
export function TrendCard({ year, focus, indicators, onFocus }: TrendCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const trend = useStatsTrend({ indicator: focus, toYear: year, years: 3 });
  const option = useMemo<EChartOption | null>(() => {
    const data = trend.data;
    const all = (data?.series ?? []).flatMap((s) => s.points.flatMap((p) => p.cumulative ?? []));
    if (!data || all.length === 0) return null;
    const unit = chartUnit(all, data.indicator);
    const months = Array.from({ length: 12 }, (_, i) => t('economy.monthShort', { month: i + 1 }));
    const series = [...data.series]
      .sort((a, b) => b.year - a.year)
      .map((s, i) => ({
        name: t('economy.yearLabel', { year: s.year }),
        type: 'line',
        smooth: true,
        connectNulls: false,
        symbolSize: i === 0 ? 7 : 5,
        lineStyle: { width: i === 0 ? 3 : 2 },
        itemStyle: { color: COLOURS[i % COLOURS.length] },
        data: months.map((_, m) => {
          const point = s.points.find((p) => p.month === m + 1);
          return chartValue(point?.cumulative ?? null, unit.scale);
        }),
      }));
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (v == null ? '—' : `${String(v)} ${unit.unit}`),
      },
      legend: { top: 0 },
      grid: { left: 56, right: 24, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: months, boundaryGap: false },
      yAxis: { type: 'value', name: unit.unit, nameTextStyle: { align: 'right' } },
      series,
    };
  }, [trend.data, t]);

  const name = indicators.find((i) => i.code === focus)?.name ?? trend.data?.indicator.name ?? focus;
  const options = indicators.map((i) => ({ value: i.code, label: i.name }));
  if (!options.some((o) => o.value === focus)) options.unshift({ value: focus, label: name });
  return (
    <Card
      className="kfq-section-card"
      title={t('economy.trendTitle', { name })}
      extra={
        <Select
          size="small"
          value={focus}
          onChange={onFocus}
          className="kfq-focus-select"
          aria-label={t('economy.focusIndicator')}
          options={options}
        />
      }
    >
      {trend.isError ? <ApiErrorAlert error={trend.error} /> : null}
      {option ? (
        <EChart key={locale} option={option} label={t('economy.trendTitle', { name })} />
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={trend.isPending ? t('app.loading') : t('economy.noFigures')}
        />
      )}
    </Card>
  );
}
