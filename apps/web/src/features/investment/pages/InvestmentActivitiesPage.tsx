import { useState } from 'react';
import {
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Space,
  Table,
  Tabs,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { ActivityKind, InvestmentActivity, InvestmentActivityListQuery } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useDepartments } from '../../organisation/hooks';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { ActivityDetailDrawer } from '../components/ActivityDetailDrawer';
import { ActivityFormModal } from '../components/ActivityFormModal';
import { useActivities, useDeleteActivity } from '../hooks';
import { activityKindKey, activityKinds, counterpartsKey, placeKey } from '../labels';

interface Filters {
  q?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** 招商活动: receptions (counted in 批次), trips and promotion events, one tab each, newest first. */
export function InvestmentActivitiesPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const manage = can('investment:manage');
  const departments = useDepartments(manage && can('org:read'));
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<InvestmentActivityListQuery>({
    kind: 'reception',
    page: 1,
    pageSize: 20,
  });
  const kind: ActivityKind = query.kind ?? 'reception';
  const list = useActivities(query);
  const remove = useDeleteActivity();
  // undefined: closed; null: creating; a row: editing it.
  const [editing, setEditing] = useState<InvestmentActivity | null | undefined>(undefined);
  const [viewing, setViewing] = useState<string | undefined>(undefined);

  const columns: TableColumnsType<InvestmentActivity> = [
    {
      title: t('investment.activity.title'),
      dataIndex: 'title',
      render: (title: string, r) => (
        <Button type="link" size="small" onClick={() => setViewing(r.id)}>
          {title}
        </Button>
      ),
    },
    {
      title: t('investment.activity.dates'),
      key: 'dates',
      width: 190,
      render: (_, r) => (r.startedOn === r.endedOn ? r.startedOn : `${r.startedOn} ~ ${r.endedOn}`),
    },
    {
      title: t(placeKey(kind)),
      dataIndex: 'place',
      width: 160,
      ellipsis: true,
      render: (v: string) => v || EMPTY,
    },
    {
      title: t(counterpartsKey(kind)),
      key: 'counterparts',
      ellipsis: true,
      render: (_, r) =>
        [r.counterparts, ...r.investors.map((i) => i.name)].filter(Boolean).join('、') || EMPTY,
    },
  ];
  if (kind === 'promotionEvent')
    columns.push({
      title: t('investment.activity.signedCount'),
      key: 'signed',
      width: 110,
      align: 'right',
      render: (_, r) => r.signedProjects.length,
    });
  else
    columns.push({
      title: t('investment.activity.participants'),
      dataIndex: 'participants',
      width: 180,
      ellipsis: true,
    });
  if (manage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(r)}>
            {t('action.edit')}
          </Button>
          <Popconfirm
            title={t('investment.deleteConfirm')}
            okText={t('action.ok')}
            cancelText={t('action.cancel')}
            onConfirm={() =>
              remove.mutate(
                { id: r.id, version: r.version },
                { onSuccess: () => void message.success(t('investment.deleted')), onError: notifyError },
              )
            }
          >
            <Button type="link" size="small" danger>
              {t('investment.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });

  const search = (f: Filters) =>
    setQuery({
      kind,
      q: f.q?.trim() || undefined,
      from: f.period?.[0]?.format('YYYY-MM-DD'),
      to: f.period?.[1]?.format('YYYY-MM-DD'),
      page: 1,
      pageSize: query.pageSize,
    });
  return (
    <PageContainer
      title={t('menu.investmentActivities')}
      description={t('investment.activity.description')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('investment.activity.create')}
          </Button>
        ) : undefined
      }
    >
      <Tabs
        activeKey={kind}
        onChange={(key) => setQuery({ ...query, kind: key as ActivityKind, page: 1 })}
        items={activityKinds.map((k) => ({ key: k, label: t(activityKindKey(k)) }))}
      />
      <Form<Filters>
        form={form}
        name="activityFilters"
        layout="inline"
        className="kfq-filters"
        onFinish={search}
      >
        <Form.Item name="q" label={t('investment.keyword')}>
          <Input allowClear maxLength={100} />
        </Form.Item>
        <Form.Item name="period" label={t('investment.activity.period')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <FilterActions
          onReset={() => {
            form.resetFields();
            search({});
          }}
        />
      </Form>
      {list.error ? <ApiErrorAlert error={list.error} /> : null}
      <Table<InvestmentActivity>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
        }}
      />
      {editing !== undefined ? (
        <ActivityFormModal
          activity={editing}
          kind={kind}
          departments={departments.data ?? null}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      {viewing ? <ActivityDetailDrawer id={viewing} onClose={() => setViewing(undefined)} /> : null}
    </PageContainer>
  );
}
