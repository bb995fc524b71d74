import { defineMessages } from '../define';

/** 隐患 */
export const hazardsMessages = defineMessages(
  {
    'module.hazards': '隐患',
  },
  {
    'module.hazards': 'Hazards',
  },
);
