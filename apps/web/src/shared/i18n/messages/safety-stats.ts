import { defineMessages } from '../define';

/** 安全统计 */
export const safetyStatsMessages = defineMessages(
  {
    'module.safetyStats': '安全统计',
  },
  {
    'module.safetyStats': 'Safety figures',
  },
);
