import type { InvestmentDrillQuery, InvestmentMetric, InvestmentStatsQuery } from '@kaifaqu/contracts';
import type { MessageKey } from '../../shared/i18n';

/** Filters of a figure: the summaries' sentences each count a different slice of the pipeline. */
export type FigureFilter = Pick<InvestmentStatsQuery, 'minInvestmentWan' | 'manufacturingOnly'>;

/** ¥100M+ projects (亿元以上) */
export const OVER_100M: FigureFilter = { minInvestmentWan: 10_000 };
/** Manufacturing projects of ¥20M+ fixed-asset investment (固投2000万元以上制造业) */
export const MANUFACTURING_OVER_20M: FigureFilter = { minInvestmentWan: 2_000, manufacturingOnly: true };
export const ALL: FigureFilter = {};

/** A figure chosen for drill-down. */
export interface DrillTarget {
  titleKey: MessageKey;
  metric: InvestmentMetric;
  filter: FigureFilter;
}

export function drillQuery(target: DrillTarget, from: string, to: string): InvestmentDrillQuery {
  return { from, to, metric: target.metric, ...target.filter };
}

/** Stage names as message keys. */
export const STAGE_KEYS: Record<string, MessageKey> = {
  lead: 'investmentStats.stage.lead',
  negotiating: 'investmentStats.stage.negotiating',
  signed: 'investmentStats.stage.signed',
  landSupplied: 'investmentStats.stage.landSupplied',
  started: 'investmentStats.stage.started',
  inProduction: 'investmentStats.stage.inProduction',
  fullProduction: 'investmentStats.stage.fullProduction',
  terminated: 'investmentStats.stage.terminated',
};

/** US cents as 万美元 with two decimals. */
export function formatWanUsd(cents: number): string {
  return (Math.round(cents / 10_000) / 100).toFixed(2);
}
