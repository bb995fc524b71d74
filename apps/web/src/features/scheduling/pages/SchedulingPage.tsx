import { Table, Tag, type TableColumnsType } from 'antd';
import type { SchedulingOverviewRow } from '@kaifaqu/contracts';
import { Link } from 'react-router';
import { EMPTY, formatWan } from '../../../shared/format';
import { useDynamicT, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useSchedulingOverview } from '../hooks';

const count = (n: number, color: string) => (n > 0 ? <Tag color={color}>{n}</Tag> : <span>0</span>);

/** 项目调度: key projects with overdue milestones, open/overdue issues and investment to date. */
export function SchedulingPage() {
  const t = useT();
  const dynamicT = useDynamicT();
  const overview = useSchedulingOverview();
  const columns: TableColumnsType<SchedulingOverviewRow> = [
    { title: t('scheduling.code'), dataIndex: 'code', width: 120 },
    {
      title: t('scheduling.project'),
      dataIndex: 'name',
      width: 200,
      render: (name: string, r) => <Link to={`/projects/${r.projectId}`}>{name}</Link>,
    },
    {
      title: t('scheduling.stage'),
      dataIndex: 'stage',
      width: 90,
      render: (s: string) => dynamicT(`projects.stage.${s}`, s),
    },
    {
      title: t('scheduling.plannedInvestment'),
      dataIndex: 'plannedInvestmentFen',
      align: 'right',
      width: 150,
      render: formatWan,
    },
    {
      title: t('scheduling.cumulativeInvestment'),
      dataIndex: 'investmentCumulativeFen',
      align: 'right',
      width: 150,
      render: formatWan,
    },
    {
      title: t('scheduling.latestPeriod'),
      dataIndex: 'latestPeriod',
      width: 100,
      render: (v: string | null) => v ?? EMPTY,
    },
    {
      title: t('scheduling.progressPercent'),
      dataIndex: 'progressPercent',
      align: 'right',
      width: 100,
      render: (v: number | null) => (v === null ? EMPTY : `${v.toFixed(2)}%`),
    },
    { title: t('scheduling.milestones'), dataIndex: 'milestoneCount', align: 'right', width: 80 },
    {
      title: t('scheduling.overdueMilestones'),
      dataIndex: 'overdueMilestoneCount',
      align: 'right',
      width: 100,
      render: (n: number) => count(n, 'red'),
    },
    { title: t('scheduling.openIssues'), dataIndex: 'openIssueCount', align: 'right', width: 100 },
    {
      title: t('scheduling.overdueIssues'),
      dataIndex: 'overdueIssueCount',
      align: 'right',
      width: 100,
      render: (n: number) => count(n, 'red'),
    },
    {
      title: t('scheduling.supervisedIssues'),
      dataIndex: 'supervisedIssueCount',
      align: 'right',
      width: 90,
      render: (n: number) => count(n, 'volcano'),
    },
  ];
  return (
    <PageContainer title={t('menu.scheduling')} description={t('scheduling.overview.description')}>
      {overview.isError ? <ApiErrorAlert error={overview.error} /> : null}
      <Table<SchedulingOverviewRow>
        rowKey="projectId"
        columns={columns}
        dataSource={overview.data ?? []}
        loading={overview.isFetching}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1400 }}
        locale={{ emptyText: t('scheduling.overview.empty') }}
      />
    </PageContainer>
  );
}
