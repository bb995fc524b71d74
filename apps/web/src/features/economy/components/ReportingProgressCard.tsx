import { Link } from 'react-router';
import { Card, Empty, Progress, Typography } from 'antd';
import type { ReportStatus, ReportTask } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useReportTasks } from '../hooks';

const SHOWN: readonly ReportStatus[] = ['approved', 'submitted', 'returned', 'draft', 'notStarted'];

/** The tasks of the latest period among `tasks` (one per reporting category). */
function latestTasks(tasks: ReportTask[]): ReportTask[] {
  const latest = tasks.reduce<string>((max, task) => (task.period > max ? task.period : max), '');
  return tasks.filter((task) => task.period === latest);
}

function percent(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 1000) / 10 : 0;
}

/** One task's counts as a bar: approved in green, submitted (awaiting review) in blue, the rest open. */
function TaskProgress({ task }: { task: ReportTask }) {
  const t = useT();
  const { counts } = task;
  return (
    <div className="kfq-task-progress">
      <div className="kfq-task-head">
        <Link to={`/report-tasks/${task.id}`}>{task.title}</Link>
        <Typography.Text type="secondary">
          {t('economy.taskDeadline', { date: task.deadline })}
        </Typography.Text>
      </div>
      <Progress
        percent={percent(counts.approved + counts.submitted, counts.total)}
        success={{ percent: percent(counts.approved, counts.total) }}
        format={() => `${counts.approved + counts.submitted}/${counts.total}`}
        aria-label={task.title}
      />
      <div className="kfq-task-counts">
        {SHOWN.map((status) => (
          <span key={status} className={`kfq-task-count kfq-task-${status}`}>
            {t(`economy.reportStatus.${status}`)} <strong>{counts[status]}</strong>
          </span>
        ))}
        <span className="kfq-task-count">
          {t('economy.taskTotal')} <strong>{counts.total}</strong>
        </span>
      </div>
    </div>
  );
}

/** 填报进度: how far the enterprises have got with the latest monthly task of the year. */
export function ReportingProgressCard({ year }: { year: number }) {
  const t = useT();
  const tasks = useReportTasks(year, true);
  const shown = latestTasks(tasks.data ?? []);
  return (
    <Card className="kfq-section-card" title={t('economy.reportingProgress')} loading={tasks.isPending}>
      {tasks.isError ? <ApiErrorAlert error={tasks.error} /> : null}
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('economy.noTask')} />
      ) : (
        shown.map((task) => <TaskProgress key={task.id} task={task} />)
      )}
    </Card>
  );
}
