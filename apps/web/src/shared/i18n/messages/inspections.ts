import { defineMessages } from '../define';

/** 安全环保 */
export const inspectionsMessages = defineMessages(
  {
    'menu.safetyGroup': '安全环保',
  },
  {
    'menu.safetyGroup': 'Safety & environment',
  },
);
