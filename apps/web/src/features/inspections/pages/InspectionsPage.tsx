import { useState } from 'react';
import { Link } from 'react-router';
import { Button, DatePicker, Form, Select, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { Inspection, InspectionListQuery } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { EnterpriseSelect } from '../components/EnterpriseSelect';
import { NewInspectionModal } from '../components/NewInspectionModal';
import { useInspections } from '../hooks';
import { kindKey, optionLists } from '../labels';

/** 检查记录: the inspections in scope with filters; staff start new ones here. */
export function InspectionsPage() {
  const t = useT();
  const can = useCan();
  const [query, setQuery] = useState<InspectionListQuery>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const inspections = useInspections(query);
  const { kinds } = optionLists(t);
  const set = (patch: Partial<InspectionListQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));

  const columns: TableColumnsType<Inspection> = [
    { title: t('inspections.date'), dataIndex: 'inspectedOn', width: 110 },
    {
      title: t('inspections.enterprise'),
      dataIndex: 'enterpriseName',
      width: 220,
      render: (name: string, r) => <Link to={`/inspections/${r.id}`}>{name}</Link>,
    },
    {
      title: t('inspections.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: Inspection['kind']) => t(kindKey(k)),
    },
    {
      title: t('inspections.checklist'),
      key: 'checklist',
      width: 200,
      ellipsis: true,
      render: (_, r) => r.checklistTitle ?? t('inspections.noChecklist'),
    },
    {
      title: t('inspections.plan'),
      dataIndex: 'planTitle',
      width: 180,
      ellipsis: true,
      render: (v: string | null) => v ?? EMPTY,
    },
    { title: t('inspections.inspectors'), dataIndex: 'inspectors', width: 140, ellipsis: true },
    { title: t('inspections.items'), dataIndex: 'itemCount', width: 90, align: 'right' },
    {
      title: t('inspections.failed'),
      dataIndex: 'failedCount',
      width: 80,
      align: 'right',
      render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: Inspection['status']) => (
        <Tag color={s === 'completed' ? 'green' : 'blue'}>{t(`inspections.status.${s}`)}</Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, r) => (
        <Link
          to={`/inspections/${r.id}`}
          aria-label={`${t('inspections.open')} ${r.enterpriseName} ${r.inspectedOn}`}
        >
          {t('inspections.open')}
        </Link>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.inspections')}
      description={t('inspections.list.description')}
      extra={
        can('safety:inspect') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('inspections.new')}
          </Button>
        ) : undefined
      }
    >
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('inspections.enterprise')}>
          <EnterpriseSelect
            allowClear
            aria-label={t('inspections.enterprise')}
            value={query.enterpriseId}
            onChange={(v) => set({ enterpriseId: (v as string | undefined) || undefined })}
          />
        </Form.Item>
        <Form.Item label={t('inspections.kind')}>
          <Select
            allowClear
            aria-label={t('inspections.kind')}
            style={{ minWidth: 120 }}
            options={kinds}
            value={query.kind}
            onChange={(v?: Inspection['kind']) => set({ kind: v })}
          />
        </Form.Item>
        <Form.Item label={t('common.status')}>
          <Select
            allowClear
            aria-label={t('common.status')}
            style={{ minWidth: 100 }}
            value={query.status}
            options={[
              { value: 'draft', label: t('inspections.status.draft') },
              { value: 'completed', label: t('inspections.status.completed') },
            ]}
            onChange={(v?: Inspection['status']) => set({ status: v })}
          />
        </Form.Item>
        <Form.Item label={t('inspections.dateRange')}>
          <DatePicker.RangePicker
            aria-label={t('inspections.dateRange')}
            onChange={(range) => {
              const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
              set({ from: from?.format('YYYY-MM-DD'), to: to?.format('YYYY-MM-DD') });
            }}
          />
        </Form.Item>
      </Form>
      {inspections.isError ? <ApiErrorAlert error={inspections.error} /> : null}
      <Table<Inspection>
        rowKey="id"
        columns={columns}
        dataSource={inspections.data?.items ?? []}
        loading={inspections.isFetching}
        scroll={{ x: 1280 }}
        locale={{ emptyText: t('inspections.empty') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: inspections.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {creating ? <NewInspectionModal onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
