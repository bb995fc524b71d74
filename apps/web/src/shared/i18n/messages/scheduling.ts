import { defineMessages } from '../define';

/** 项目调度 */
export const schedulingMessages = defineMessages(
  {
    'module.scheduling': '项目调度',
  },
  {
    'module.scheduling': 'Project scheduling',
  },
);
