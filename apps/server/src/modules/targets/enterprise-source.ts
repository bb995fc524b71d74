import type { TargetSubject } from '@kaifaqu/contracts';
import { countAboveScale, countSettled } from './enterprise-source.repository.js';
import type { TargetSource } from './target-sources.js';

const subjects: TargetSubject[] = [
  {
    kind: 'enterprises',
    code: 'newlySettled',
    nameZh: '新入驻企业数',
    nameEn: 'Newly settled enterprises',
    unit: '家',
    scale: 0,
  },
  {
    kind: 'enterprises',
    code: 'aboveScaleIndustry',
    nameZh: '规上工业企业数',
    nameEn: 'Above-scale industrial enterprises',
    unit: '家',
    scale: 0,
  },
];

/** The first day after 1–`month`月 of `year`, 'YYYY-MM-DD'. */
function dayAfterMonth(year: number, month: number): string {
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Counts of the enterprise registry: enterprises newly settled this year, and 规上 of the year. */
export const enterpriseTargetSource: TargetSource = {
  kind: 'enterprises',
  subjects: () => Promise.resolve(subjects),
  async actualToDate(ctx, scope, code, year, throughMonth) {
    switch (code) {
      case 'newlySettled':
        return countSettled(ctx.db, scope, `${year}-01-01`, dayAfterMonth(year, throughMonth));
      case 'aboveScaleIndustry':
        // 规上 status is held per year (domain.md §2), so the count does not depend on the month.
        return countAboveScale(ctx.db, scope, year);
      default:
        return null;
    }
  },
};
