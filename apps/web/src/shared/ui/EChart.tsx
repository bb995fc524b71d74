import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';

/** The option object an echarts chart takes. */
export type EChartOption = echarts.EChartsCoreOption;

/**
 * An echarts chart that fills its box, follows its size and is replaced whole when `option` changes.
 * Each feature registers the chart types it draws (`echarts.use`, in its own EChart.tsx), so a
 * page's chunk holds only the parts of echarts it needs (architecture.md).
 */
export function EChart({
  option,
  height = 320,
  label,
}: {
  option: EChartOption;
  height?: number;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={box} style={{ height }} role="img" aria-label={label} />;
}
