import { useState } from 'react';
import { Descriptions, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AuditEvent, AuditResult } from '@kaifaqu/contracts';
import { formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { AuditFilters, type AuditFilterValues } from '../components/AuditFilters';
import { VerificationResult, VerifyChainButton } from '../components/AuditVerification';
import { useAuditEvents } from '../hooks';

const RESULT_COLOURS: Record<AuditResult, string> = { success: 'green', failure: 'red', denied: 'orange' };

/** The hidden fields of a row: ids, change digest and chain hash. */
function AuditRowDetail({ event }: { event: AuditEvent }) {
  const t = useT();
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'detail', label: t('audit.detail'), children: event.detail || '—' },
        { key: 'userId', label: t('audit.userId'), children: event.userId ?? '—' },
        { key: 'enterpriseId', label: t('audit.enterpriseId'), children: event.enterpriseId ?? '—' },
        { key: 'digest', label: t('audit.changeDigest'), children: <code>{event.changeDigest ?? '—'}</code> },
        { key: 'hash', label: t('audit.hash'), children: <code>{event.hash}</code> },
      ]}
    />
  );
}

/** 审计日志: the append-only audit trail with filters and the hash-chain check (audit administrator). */
export function AuditPage() {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const events = useAuditEvents({ ...filters, ...page });

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80, align: 'right' },
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
    { title: t('audit.username'), dataIndex: 'username', width: 120, render: (v: string | null) => v ?? '—' },
    {
      title: t('audit.roles'),
      dataIndex: 'roleCodes',
      width: 140,
      ellipsis: true,
      render: (v: string) => v || '—',
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130 },
    { title: t('audit.action'), dataIndex: 'action', width: 170, render: (v: string) => <code>{v}</code> },
    {
      title: t('audit.object'),
      key: 'object',
      width: 200,
      ellipsis: true,
      render: (_, e) => (e.objectType ? `${e.objectType}${e.objectId ? `:${e.objectId}` : ''}` : '—'),
    },
    {
      title: t('audit.result'),
      dataIndex: 'result',
      width: 90,
      render: (r: AuditResult) => <Tag color={RESULT_COLOURS[r]}>{t(`audit.result.${r}`)}</Tag>,
    },
    {
      title: t('audit.detail'),
      dataIndex: 'detail',
      render: (v: string) => (
        <Typography.Text ellipsis={{ tooltip: v }} className="kfq-cell-detail">
          {v || '—'}
        </Typography.Text>
      ),
    },
  ];

  return (
    <PageContainer title={t('menu.audit')} description={t('audit.description')} extra={<VerifyChainButton />}>
      <VerificationResult />
      <AuditFilters
        onSearch={(values) => {
          setFilters(values);
          setPage((p) => ({ ...p, page: 1 }));
        }}
      />
      {events.isError ? <ApiErrorAlert error={events.error} /> : null}
      <Table<AuditEvent>
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={events.data?.items ?? []}
        loading={events.isFetching}
        scroll={{ x: 1400 }}
        expandable={{ expandedRowRender: (e) => <AuditRowDetail event={e} /> }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: events.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ page: current, pageSize }),
        }}
      />
    </PageContainer>
  );
}
