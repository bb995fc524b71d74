import { defineMessages } from '../define';

/** 招商引资 */
export const investmentMessages = defineMessages(
  {
    'menu.investmentGroup': '招商引资',
  },
  {
    'menu.investmentGroup': 'Investment',
  },
);
