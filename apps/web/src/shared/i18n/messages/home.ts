import { defineMessages } from '../define';

/** The home page. */
export const homeMessages = defineMessages(
  {
    'home.greeting': '您好,{name}',
    'home.roles': '角色',
    'home.scope': '数据范围',
    'home.quickLinks': '常用功能',
    'home.todos': '我的待办',
    'home.todosEmpty': '暂无待办事项',
    'home.todoDue': '{date} 到期',
  },
  {
    'home.greeting': 'Welcome, {name}',
    'home.roles': 'Roles',
    'home.scope': 'Data scope',
    'home.quickLinks': 'Shortcuts',
    'home.todos': 'My to-dos',
    'home.todosEmpty': 'Nothing to do',
    'home.todoDue': 'due {date}',
  },
);
