import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Select, Space, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Investor, InvestorListQuery } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { InvestorDetailDrawer } from '../components/InvestorDetailDrawer';
import { InvestorFormModal } from '../components/InvestorFormModal';
import { useDeleteInvestor, useInvestors } from '../hooks';
import { investorKindKey, investorKinds, optionsOf } from '../labels';

type Filters = Pick<InvestorListQuery, 'q' | 'kind' | 'isForeign'>;

/** 客商: the investors outside the zone, searchable, with their details, leads and projects. */
export function InvestorsPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const manage = can('investment:manage');
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<InvestorListQuery>({ page: 1, pageSize: 20 });
  const list = useInvestors(query);
  const remove = useDeleteInvestor();
  // undefined: closed; null: creating; an id: editing it.
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const [viewing, setViewing] = useState<string | undefined>(undefined);

  const columns: TableColumnsType<Investor> = [
    {
      title: t('investment.investor.name'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Button type="link" size="small" onClick={() => setViewing(r.id)}>
          {name}
        </Button>
      ),
    },
    {
      title: t('investment.investor.kind'),
      dataIndex: 'kind',
      width: 80,
      render: (k: Investor['kind']) => t(investorKindKey(k)),
    },
    { title: t('investment.investor.region'), dataIndex: 'region', width: 160 },
    {
      title: t('investment.investor.isForeign'),
      dataIndex: 'isForeign',
      width: 70,
      render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
    },
    {
      title: t('investment.contactName'),
      dataIndex: 'contactName',
      width: 110,
      render: (v: string) => v || EMPTY,
    },
    {
      title: t('investment.contactPhone'),
      dataIndex: 'contactPhone',
      width: 130,
      render: (v: string | null) => v ?? EMPTY,
    },
  ];
  if (manage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(r.id)}>
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
    setQuery({ ...f, q: f.q?.trim() || undefined, page: 1, pageSize: query.pageSize });
  return (
    <PageContainer
      title={t('menu.investors')}
      description={t('investment.investor.description')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('investment.investor.create')}
          </Button>
        ) : undefined
      }
    >
      <Form<Filters>
        form={form}
        name="investorFilters"
        layout="inline"
        className="kfq-filters"
        onFinish={search}
      >
        <Form.Item name="q" label={t('investment.keyword')}>
          <Input allowClear maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('investment.investor.kind')}>
          <Select
            allowClear
            className="kfq-filter-select"
            placeholder={t('investment.any')}
            options={optionsOf(investorKinds, investorKindKey, t)}
          />
        </Form.Item>
        <Form.Item name="isForeign" label={t('investment.investor.isForeign')}>
          <Select
            allowClear
            className="kfq-filter-select"
            placeholder={t('investment.any')}
            options={[
              { value: true, label: t('common.yes') },
              { value: false, label: t('common.no') },
            ]}
          />
        </Form.Item>
        <FilterActions
          onReset={() => {
            form.resetFields();
            search({});
          }}
        />
      </Form>
      {list.error ? <ApiErrorAlert error={list.error} /> : null}
      <Table<Investor>
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
        <InvestorFormModal investorId={editing} onClose={() => setEditing(undefined)} />
      ) : null}
      {viewing ? <InvestorDetailDrawer id={viewing} onClose={() => setViewing(undefined)} /> : null}
    </PageContainer>
  );
}
