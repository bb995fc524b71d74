import type { InvestmentStatsQuery, TargetSubject } from '@kaifaqu/contracts';
import type { TargetSource } from '../../targets/index.js';
import { investmentSummary } from './investment-stats.service.js';

const subject = (
  code: string,
  nameZh: string,
  nameEn: string,
  unit: string,
  scale: number,
): TargetSubject => ({
  kind: 'projects',
  code,
  nameZh,
  nameEn,
  unit,
  scale,
});

// Counts in 个 (scale 0); money in 万元 kept in 分 (scale 6) and 万美元 kept in US cents (scale 6).
const subjects: TargetSubject[] = [
  subject('signedOver100m', '新签约亿元以上项目', 'Signed projects of ¥100M+', '个', 0),
  subject('startedOver100m', '新开工亿元以上项目', 'Started projects of ¥100M+', '个', 0),
  subject(
    'inProductionManufacturingOver20m',
    '新投产固投2000万元以上制造业项目',
    'Manufacturing projects of ¥20M+ put into production',
    '个',
    0,
  ),
  subject(
    'fundsOutOfProvinceOver100m',
    '省外亿元以上项目到位资金',
    'Out-of-province funds in place, ¥100M+ projects',
    '万元',
    6,
  ),
  subject('foreignInvestmentUsd', '实际利用外商直接投资', 'Foreign direct investment used', '万美元', 6),
];

const lastDay = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** The project pipeline's figures for 1–N月, in the caller's scope. */
export const projectsTargetSource: TargetSource = {
  kind: 'projects',
  subjects: () => Promise.resolve(subjects),
  async actualToDate(ctx, scope, code, year, throughMonth) {
    const range = { from: `${year}-01-01`, to: lastDay(year, throughMonth) };
    const figures = (q: Partial<InvestmentStatsQuery>) =>
      investmentSummary(ctx, scope, { ...range, ...q }).then((s) => s.total);
    switch (code) {
      case 'signedOver100m':
        return (await figures({ minInvestmentWan: 10_000 })).signed.count;
      case 'startedOver100m':
        return (await figures({ minInvestmentWan: 10_000 })).started.count;
      case 'inProductionManufacturingOver20m':
        return (await figures({ minInvestmentWan: 2_000, manufacturingOnly: true })).inProduction.count;
      case 'fundsOutOfProvinceOver100m':
        return (await figures({ minInvestmentWan: 10_000 })).funds.outOfProvinceCnyFen;
      case 'foreignInvestmentUsd':
        return (await figures({})).funds.foreignUsdCents;
      default:
        return null;
    }
  },
};
