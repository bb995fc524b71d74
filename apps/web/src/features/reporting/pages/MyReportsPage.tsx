import { useState } from 'react';
import { Link } from 'react-router';
import { Table, Typography, type TableColumnsType } from 'antd';
import type { ReportListItem } from '@kaifaqu/contracts';
import { formatDate, formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { ReportStatusTag } from '../components/ReportStatusTag';
import { isEditable } from '../form-state';
import { useReports } from '../hooks';

/** 企业月报: the enterprise's own reports, newest first, each opening its form. */
export function MyReportsPage() {
  const t = useT();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const reports = useReports(page);
  const today = formatDate(new Date());

  const columns: TableColumnsType<ReportListItem> = [
    {
      title: t('reporting.period'),
      dataIndex: 'period',
      width: 110,
      render: (period: string, r) => <Link to={`/reports/${r.id}`}>{period}</Link>,
    },
    {
      title: t('reporting.deadline'),
      dataIndex: 'deadline',
      width: 130,
      render: (deadline: string, r) =>
        isEditable(r) && deadline < today ? (
          <Typography.Text type="danger">{t('reporting.overdue', { deadline })}</Typography.Text>
        ) : (
          deadline
        ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (_, r) => <ReportStatusTag status={r.status} />,
    },
    {
      title: t('reporting.returnComment'),
      dataIndex: 'returnComment',
      render: (comment: string, r) =>
        r.status === 'returned' && comment ? (
          <Typography.Text type="danger">{comment}</Typography.Text>
        ) : null,
    },
    {
      title: t('reporting.submittedAt'),
      dataIndex: 'submittedAt',
      width: 180,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, r) => (
        <Link to={`/reports/${r.id}`}>{isEditable(r) ? t('reporting.fill') : t('action.view')}</Link>
      ),
    },
  ];

  return (
    <PageContainer title={t('menu.myReports')} description={t('reporting.myDescription')}>
      {reports.isError ? <ApiErrorAlert error={reports.error} /> : null}
      <Table<ReportListItem>
        rowKey="id"
        columns={columns}
        dataSource={reports.data?.items ?? []}
        loading={reports.isFetching}
        scroll={{ x: 800 }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: reports.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
        }}
      />
    </PageContainer>
  );
}
