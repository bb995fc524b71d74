import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ReportTask } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { TaskCreateModal } from '../components/TaskCreateModal';
import { TaskProgress } from '../components/TaskProgress';
import { useReportTasks } from '../hooks';
import { recentYears, todayInZone } from '../periods';

const COUNTED = ['notStarted', 'draft', 'submitted', 'returned', 'approved'] as const;

/** 填报任务: the year's monthly tasks with their progress, and 下发任务 for statistics staff. */
export function ReportTasksPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || todayInZone().year();
  const tasks = useReportTasks(year);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<ReportTask> = [
    {
      title: t('reporting.task.title'),
      dataIndex: 'title',
      width: 200,
      fixed: 'left',
      render: (title: string, task) => <Link to={`/report-tasks/${task.id}`}>{title}</Link>,
    },
    {
      title: t('reporting.task.category'),
      dataIndex: 'enterpriseCategory',
      width: 110,
      render: (_, task) => t(`reporting.category.${task.enterpriseCategory}`),
    },
    { title: t('reporting.deadline'), dataIndex: 'deadline', width: 110 },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 80,
      render: (_, task) => (
        <Tag color={task.status === 'open' ? 'processing' : 'default'}>
          {t(`reporting.task.status.${task.status}`)}
        </Tag>
      ),
    },
    {
      title: t('reporting.task.progress'),
      key: 'progress',
      width: 170,
      render: (_, task) => <TaskProgress counts={task.counts} />,
    },
    ...COUNTED.map((status) => ({
      title: t(`reporting.status.${status}`),
      key: status,
      width: 72,
      align: 'right' as const,
      render: (_: unknown, task: ReportTask) => task.counts[status],
    })),
  ];

  return (
    <PageContainer
      title={t('menu.reportTasks')}
      description={t('reporting.task.description')}
      extra={
        <Space>
          <Select
            aria-label={t('reporting.task.year')}
            value={year}
            options={recentYears().map((y) => ({
              value: y,
              label: t('reporting.task.yearOption', { year: y }),
            }))}
            onChange={(y: number) => setParams({ year: String(y) }, { replace: true })}
            className="kfq-report-year"
          />
          {can('report:review') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('reporting.task.create')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {tasks.isError ? <ApiErrorAlert error={tasks.error} /> : null}
      <Table<ReportTask>
        rowKey="id"
        columns={columns}
        dataSource={tasks.data ?? []}
        loading={tasks.isFetching}
        scroll={{ x: 1020 }}
        pagination={false}
      />
      {creating ? (
        <TaskCreateModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/report-tasks/${id}`);
          }}
        />
      ) : null}
    </PageContainer>
  );
}
