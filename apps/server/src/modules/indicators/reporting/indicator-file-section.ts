import type { EnterpriseFileSection } from '../../enterprises/index.js';
import { listIndicators } from '../indicators.repository.js';
import * as repo from './reports.repository.js';

/** Months of reports the enterprise file shows. */
const MONTHS_SHOWN = 24;

/** 一企一档 section: the enterprise's submitted and approved reports of the last two years. */
export const indicatorHistorySection: EnterpriseFileSection = {
  key: 'indicatorHistory',
  titleZh: '经济指标',
  titleEn: 'Economic indicators',
  async load(ctx, _scope, enterpriseId) {
    const reports = await repo.recentReportsOf(ctx.db, enterpriseId, MONTHS_SHOWN);
    const values = await repo.valuesOfReports(
      ctx.db,
      reports.map((r) => r.id),
    );
    const indicators = new Map((await listIndicators(ctx.db)).map((i) => [i.id, i]));
    return {
      reports: reports.map((r) => ({
        period: r.period,
        status: r.status,
        values: values
          .filter((v) => v.report_id === r.id)
          .map((v) => ({ indicator: indicators.get(v.indicator_id)!, v }))
          .sort((a, b) => a.indicator.sort_order - b.indicator.sort_order)
          .map(({ indicator, v }) => ({
            code: indicator.code,
            name: indicator.name,
            unit: indicator.unit,
            scale: indicator.scale,
            cumulative: v.cumulative,
            previousYear: v.previous_year,
          })),
      })),
    };
  },
};
