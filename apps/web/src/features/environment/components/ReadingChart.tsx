import { useMemo } from 'react';
import { Empty, Spin } from 'antd';
import type { MonitoringThreshold } from '@kaifaqu/contracts';
import { formatDateTime } from '../../../shared/format';
import { useLocale, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useReadings } from '../hooks';
import { pollutantName } from '../pollutants';
import { EChart, type EChartOption } from './EChart';

/** One pollutant's readings at one station over the last 7 days, with its limits as dashed lines. */
export function ReadingChart({
  stationId,
  pollutant,
  threshold,
  height = 200,
}: {
  stationId: string;
  pollutant: string;
  threshold?: MonitoringThreshold;
  height?: number;
}) {
  const t = useT();
  const { locale } = useLocale();
  const series = useReadings(stationId, { pollutant: pollutant as MonitoringThreshold['pollutant'] });
  const name = pollutantName(pollutant, locale);

  const option = useMemo<EChartOption>(() => {
    const limits = [
      ...(threshold?.upperLimit != null ? [{ yAxis: threshold.upperLimit, name: t('env.upperLimit') }] : []),
      ...(threshold?.lowerLimit != null ? [{ yAxis: threshold.lowerLimit, name: t('env.lowerLimit') }] : []),
    ];
    return {
      grid: { left: 48, right: 48, top: 24, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => `${v} ${threshold?.unit ?? ''}`,
      },
      xAxis: { type: 'time' },
      yAxis: {
        type: 'value',
        scale: true,
        name: threshold?.unit ?? '',
        // Keep the limit lines in view even when every reading is far from them (whole numbers on the edges).
        ...(threshold?.upperLimit != null
          ? { max: (e: { max: number }) => Math.ceil(Math.max(e.max, threshold.upperLimit! * 1.1)) }
          : {}),
        ...(threshold?.lowerLimit != null
          ? { min: (e: { min: number }) => Math.floor(Math.min(e.min, threshold.lowerLimit! * 0.9)) }
          : {}),
      },
      series: [
        {
          type: 'line',
          name,
          showSymbol: false,
          data: (series.data?.readings ?? []).map((r) => [r.measuredAt, r.value]),
          markLine: limits.length
            ? {
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#cf1322' },
                label: { formatter: '{b}' },
                data: limits,
              }
            : undefined,
        },
      ],
    };
  }, [series.data, threshold, name, t]);

  if (series.isError) return <ApiErrorAlert error={series.error} />;
  if (series.isPending) return <Spin />;
  if (series.data.readings.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('env.noReadings')} />;
  const from = formatDateTime(series.data.from);
  const to = formatDateTime(series.data.to);
  return <EChart option={option} height={height} label={t('env.chartLabel', { name, from, to })} />;
}
