import { defineMessages } from '../define';

/** 项目 */
export const projectsMessages = defineMessages(
  {
    'module.projects': '项目',
  },
  {
    'module.projects': 'Projects',
  },
);
