import { defineMessages } from '../define';

/** 招商引资数据 */
export const investmentStatsMessages = defineMessages(
  {
    'module.investmentStats': '招商引资数据',
  },
  {
    'module.investmentStats': 'Investment figures',
  },
);
