import type { TargetSource } from '../../targets/index.js';
import { listIndicators } from '../indicators.repository.js';
import { summary } from './stats.service.js';

const pad = (month: number) => String(month).padStart(2, '0');

/**
 * Targets can be set for any active indicator of the catalogue: its actual to date is the
 * summary's figure for January…the month, in the caller's scope.
 */
export const indicatorTargetSource: TargetSource = {
  kind: 'indicator',
  async subjects(ctx) {
    return (await listIndicators(ctx.db))
      .filter((i) => i.status === 'active')
      .map((i) => ({
        kind: 'indicator',
        code: i.code,
        nameZh: i.name,
        nameEn: i.code,
        unit: i.unit,
        scale: i.scale,
      }));
  },
  async actualToDate(ctx, scope, code, year, throughMonth) {
    const figures = await summary(ctx, scope, {
      indicators: code,
      from: `${year}-01`,
      to: `${year}-${pad(throughMonth)}`,
    });
    return figures.total.values[0]?.current ?? null;
  },
};
