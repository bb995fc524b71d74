import { defineMessages } from '../define';

/** 环保 */
export const environmentMessages = defineMessages(
  {
    'module.environment': '环保',
  },
  {
    'module.environment': 'Environment',
  },
);
