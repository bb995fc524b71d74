import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Button, Input, Space, Spin, Table, Tabs } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { reportStatuses, type ReportListItem, type ReportStatus } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { reportingApi } from '../api';
import { ReportImportModal } from '../components/ReportImportModal';
import { ReviewDrawer } from '../components/ReviewDrawer';
import { RevisionModal } from '../components/RevisionModal';
import { useReports, useReportTask } from '../hooks';
import { useTaskReportColumns } from '../task-report-columns';

function statusOf(value: string | null): ReportStatus | undefined {
  return reportStatuses.find((s) => s === value);
}

/**
 * One task: its reports by status (tabs with counts), keyword search, the review drawer, 修订 of
 * approved reports, and the month's Excel template and import for statistics staff.
 */
export function ReportTaskPage() {
  const t = useT();
  const can = useCan();
  const notifyError = useNotifyError();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const status = statusOf(params.get('status'));
  const keyword = params.get('keyword') ?? '';
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 20;
  const task = useReportTask(id);
  const reports = useReports({ taskId: id, status, keyword: keyword || undefined, page, pageSize });
  const [open, setOpen] = useState<string | null>(null);
  const [revising, setRevising] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const canReview = can('report:review');
  const columns = useTaskReportColumns({
    onOpen: (r: ReportListItem) => setOpen(r.id),
    onRevise: canReview ? (r: ReportListItem) => setRevising(r.id) : undefined,
    canReview,
  });

  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };

  if (task.isPending) {
    return (
      <div className="kfq-page-spin">
        <Spin />
      </div>
    );
  }
  if (task.isError) return <ApiErrorAlert error={task.error} />;
  const { counts } = task.data;

  const downloadTemplate = () => {
    setDownloading(true);
    reportingApi
      .downloadTemplate(id, `${task.data.title}.xlsx`)
      .catch(notifyError)
      .finally(() => setDownloading(false));
  };

  const toolbar = (
    <Space wrap>
      <Link to={`/report-tasks?year=${task.data.period.slice(0, 4)}`}>
        <Button icon={<ArrowLeftOutlined />}>{t('reporting.task.backToList')}</Button>
      </Link>
      {canReview ? (
        <>
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={downloadTemplate}>
            {t('reporting.import.template')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('reporting.import.open')}
          </Button>
        </>
      ) : null}
    </Space>
  );

  return (
    <PageContainer
      title={task.data.title}
      description={t('reporting.task.detailDescription', {
        period: task.data.period,
        category: t(`reporting.category.${task.data.enterpriseCategory}`),
        deadline: task.data.deadline,
      })}
      extra={toolbar}
    >
      <div className="kfq-filters kfq-report-filters">
        <Tabs
          activeKey={status ?? 'all'}
          onChange={(key) => update({ status: key === 'all' ? undefined : key, page: undefined })}
          items={[
            { key: 'all', label: t('reporting.task.tabAll', { count: counts.total }) },
            ...reportStatuses.map((s) => ({
              key: s,
              label: t('reporting.task.tab', { label: t(`reporting.status.${s}`), count: counts[s] }),
            })),
          ]}
        />
        <Input.Search
          className="kfq-report-search"
          allowClear
          defaultValue={keyword}
          placeholder={t('reporting.task.keyword')}
          enterButton={t('action.search')}
          onSearch={(value) => update({ keyword: value.trim() || undefined, page: undefined })}
        />
      </div>
      {reports.isError ? <ApiErrorAlert error={reports.error} /> : null}
      <Table<ReportListItem>
        rowKey="id"
        columns={columns}
        dataSource={reports.data?.items ?? []}
        loading={reports.isFetching}
        scroll={{ x: 1100 }}
        onChange={(p) => update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
        pagination={{
          current: page,
          pageSize,
          total: reports.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      {open ? <ReviewDrawer reportId={open} canReview={canReview} onClose={() => setOpen(null)} /> : null}
      {revising ? <RevisionModal reportId={revising} onClose={() => setRevising(null)} /> : null}
      {importing ? <ReportImportModal task={task.data} onClose={() => setImporting(false)} /> : null}
    </PageContainer>
  );
}
