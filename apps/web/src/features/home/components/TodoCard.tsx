import { Link } from 'react-router';
import { Card, List, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Todo } from '@kaifaqu/contracts';
import { http } from '../../../shared/http';
import { useT } from '../../../shared/i18n';

/** The caller's open to-dos (待办), whatever module raised them; linked to the enterprise file when there is one. */
export function TodoCard() {
  const t = useT();
  const todos = useQuery({ queryKey: ['todos'], queryFn: () => http.get<Todo[]>('/todos') });
  return (
    <Card title={t('home.todos')} className="kfq-section-card" loading={todos.isLoading}>
      <List<Todo>
        dataSource={todos.data ?? []}
        locale={{ emptyText: t('home.todosEmpty') }}
        pagination={{ pageSize: 6, size: 'small', hideOnSinglePage: true }}
        renderItem={(todo) => (
          <List.Item
            extra={todo.dueOn ? <Tag color="orange">{t('home.todoDue', { date: todo.dueOn })}</Tag> : null}
          >
            {todo.enterpriseId ? (
              <Link to={`/enterprises/${todo.enterpriseId}`}>{todo.title}</Link>
            ) : (
              todo.title
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}
