import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  Button,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { Hazard, HazardListQuery } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { EnterpriseSelect } from '../../inspections/components/EnterpriseSelect';
import { HazardFormModal } from '../components/HazardFormModal';
import { HazardTags } from '../components/HazardTags';
import { useHazards } from '../hooks';
import { categoryKey, gradeKey, hazardOptions } from '../labels';
import type { HazardCategory } from '@kaifaqu/contracts';

/** 隐患台账 (staff) or 隐患整改 (an enterprise's open hazards, `mine`): filters, counts and the list. */
export function HazardsPage({ mine = false }: { mine?: boolean }) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const [query, setQuery] = useState<HazardListQuery>({
    page: 1,
    pageSize: 20,
    ...(mine ? { open: true } : {}),
  });
  const [creating, setCreating] = useState(false);
  const hazards = useHazards(query);
  const { categories, grades, statuses } = hazardOptions(t);
  const set = (patch: Partial<HazardListQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  const yesNo = [
    { value: 'true', label: t('hazards.yes') },
    { value: 'false', label: t('hazards.no') },
  ];
  const bool = (v?: string) => (v === undefined ? undefined : v === 'true');

  const columns: TableColumnsType<Hazard> = [
    {
      title: t('hazards.code'),
      dataIndex: 'code',
      width: 120,
      render: (code: string, r) => <Link to={`/hazards/${r.id}`}>{code}</Link>,
    },
    { title: t('common.status'), key: 'status', width: 180, render: (_, r) => <HazardTags hazard={r} /> },
    { title: t('hazards.enterprise'), dataIndex: 'enterpriseName', width: 180, ellipsis: true },
    { title: t('hazards.description'), dataIndex: 'description', width: 240, ellipsis: true },
    {
      title: t('hazards.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: string) => t(categoryKey(c as HazardCategory)),
    },
    {
      title: t('hazards.gradeLabel'),
      dataIndex: 'grade',
      width: 70,
      render: (g: Hazard['grade']) => t(gradeKey(g)),
    },
    { title: t('hazards.foundOn'), dataIndex: 'foundOn', width: 110 },
    { title: t('hazards.deadline'), dataIndex: 'deadline', width: 110 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, r) => (
        <Link to={`/hazards/${r.id}`} aria-label={`${t('hazards.open')} ${r.code}`}>
          {t('hazards.open')}
        </Link>
      ),
    },
  ];

  return (
    <PageContainer
      title={t(mine ? 'menu.myHazards' : 'menu.hazards')}
      description={t(mine ? 'hazards.mine.description' : 'hazards.list.description')}
      extra={
        !mine && can('safety:inspect') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('hazards.register')}
          </Button>
        ) : undefined
      }
    >
      <Space size="large" style={{ marginBottom: 16 }} wrap>
        <Statistic title={t('hazards.count.total')} value={hazards.data?.total ?? 0} />
        <Statistic title={t('hazards.count.open')} value={hazards.data?.openCount ?? 0} />
        <Statistic
          title={t('hazards.count.overdue')}
          value={hazards.data?.overdueCount ?? 0}
          valueStyle={hazards.data?.overdueCount ? { color: '#cf1322' } : undefined}
        />
        <Statistic title={t('hazards.count.majorOpen')} value={hazards.data?.majorOpenCount ?? 0} />
      </Space>
      <Form layout="inline" className="kfq-filters">
        {mine ? null : (
          <Form.Item label={t('hazards.enterprise')}>
            <EnterpriseSelect
              allowClear
              aria-label={t('hazards.enterprise')}
              value={query.enterpriseId}
              onChange={(v) => set({ enterpriseId: (v as string | undefined) || undefined })}
            />
          </Form.Item>
        )}
        <Form.Item label={t('hazards.category')}>
          <Select
            allowClear
            aria-label={t('hazards.category')}
            style={{ minWidth: 120 }}
            options={categories}
            value={query.category}
            onChange={(v?: HazardListQuery['category']) => set({ category: v })}
          />
        </Form.Item>
        <Form.Item label={t('hazards.gradeLabel')}>
          <Select
            allowClear
            aria-label={t('hazards.gradeLabel')}
            style={{ minWidth: 90 }}
            options={grades}
            value={query.grade}
            onChange={(v?: HazardListQuery['grade']) => set({ grade: v })}
          />
        </Form.Item>
        <Form.Item label={t('common.status')}>
          <Select
            allowClear
            aria-label={t('common.status')}
            style={{ minWidth: 110 }}
            options={statuses}
            value={query.status}
            onChange={(v?: HazardListQuery['status']) => set({ status: v, open: undefined })}
          />
        </Form.Item>
        <Form.Item label={t('hazards.overdue')}>
          <Select
            allowClear
            aria-label={t('hazards.overdue')}
            style={{ minWidth: 80 }}
            options={yesNo}
            value={query.overdue === undefined ? undefined : String(query.overdue)}
            onChange={(v?: string) => set({ overdue: bool(v) })}
          />
        </Form.Item>
        <Form.Item label={t('hazards.supervised')}>
          <Select
            allowClear
            aria-label={t('hazards.supervised')}
            style={{ minWidth: 80 }}
            options={yesNo}
            value={query.supervised === undefined ? undefined : String(query.supervised)}
            onChange={(v?: string) => set({ supervised: bool(v) })}
          />
        </Form.Item>
        <Form.Item label={t('hazards.foundRange')}>
          <DatePicker.RangePicker
            aria-label={t('hazards.foundRange')}
            onChange={(range) => {
              const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
              set({ foundFrom: from?.format('YYYY-MM-DD'), foundTo: to?.format('YYYY-MM-DD') });
            }}
          />
        </Form.Item>
        <Form.Item label={t('hazards.keyword')}>
          <Input.Search
            allowClear
            aria-label={t('hazards.keyword')}
            onSearch={(q) => set({ q: q.trim() || undefined })}
          />
        </Form.Item>
      </Form>
      {hazards.isError ? <ApiErrorAlert error={hazards.error} /> : null}
      <Table<Hazard>
        rowKey="id"
        columns={columns}
        dataSource={hazards.data?.items ?? []}
        loading={hazards.isFetching}
        scroll={{ x: 1300 }}
        locale={{ emptyText: t('hazards.empty') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: hazards.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {creating ? (
        <HazardFormModal onClose={() => setCreating(false)} onCreated={(id) => navigate(`/hazards/${id}`)} />
      ) : null}
    </PageContainer>
  );
}

/** 隐患整改: the enterprise's own open hazards (its to-dos). */
export function MyHazardsPage() {
  return <HazardsPage mine />;
}
