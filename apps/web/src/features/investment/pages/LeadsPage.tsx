import { useState } from 'react';
import { Button, DatePicker, Form, Input, Select, Space, Table, Tooltip, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { Lead, LeadListQuery, LeadSource, LeadStatus } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useDepartments } from '../../organisation/hooks';
import { EMPTY, formatWan } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { LeadDropModal } from '../components/LeadDropModal';
import { LeadFormModal } from '../components/LeadFormModal';
import { LeadStatusTag } from '../components/LeadStatusTag';
import { useStaffDirectory } from '../../accounts/hooks';
import { useLeads } from '../hooks';
import { leadSourceKey, leadSources, leadStatusKey, leadStatuses, optionsOf } from '../labels';

interface Filters {
  q?: string;
  source?: LeadSource;
  status?: LeadStatus;
  followerUserId?: string;
  received?: [Dayjs | null, Dayjs | null] | null;
}

/** 线索: leads by source and status, recorded, edited and dropped here; converted by creating a project. */
export function LeadsPage() {
  const t = useT();
  const can = useCan();
  const manage = can('investment:manage');
  const followers = useStaffDirectory(manage);
  const departments = useDepartments(manage && can('org:read'));
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<LeadListQuery>({ page: 1, pageSize: 20 });
  const list = useLeads(query);
  // undefined: closed; null: creating; a lead: editing it.
  const [editing, setEditing] = useState<Lead | null | undefined>(undefined);
  const [dropping, setDropping] = useState<Lead | undefined>(undefined);

  const columns: TableColumnsType<Lead> = [
    { title: t('investment.lead.title'), dataIndex: 'title', ellipsis: true },
    {
      title: t('investment.lead.investor'),
      dataIndex: 'investorName',
      width: 160,
      ellipsis: true,
      render: (v: string | null) => v ?? EMPTY,
    },
    {
      title: t('investment.lead.source'),
      dataIndex: 'source',
      width: 120,
      render: (s: LeadSource, r) =>
        r.agentName ? `${t(leadSourceKey(s))} · ${r.agentName}` : t(leadSourceKey(s)),
    },
    {
      title: t('investment.lead.estimatedInvestment'),
      dataIndex: 'estimatedInvestmentFen',
      width: 130,
      align: 'right',
      render: (fen: number | null) => formatWan(fen),
    },
    { title: t('investment.lead.receivedOn'), dataIndex: 'receivedOn', width: 110 },
    {
      title: t('investment.lead.follower'),
      dataIndex: 'followerName',
      width: 100,
      render: (v: string | null) => v ?? EMPTY,
    },
    {
      title: t('investment.lead.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: LeadStatus, r) =>
        r.dropReason ? (
          <Tooltip title={`${r.droppedOn ?? ''} ${r.dropReason}`}>
            <span>
              <LeadStatusTag status={s} />
            </span>
          </Tooltip>
        ) : (
          <LeadStatusTag status={s} />
        ),
    },
  ];
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
          {r.status === 'open' ? (
            <Button type="link" size="small" danger onClick={() => setDropping(r)}>
              {t('investment.lead.drop')}
            </Button>
          ) : null}
        </Space>
      ),
    });

  const search = (f: Filters) =>
    setQuery({
      q: f.q?.trim() || undefined,
      source: f.source,
      status: f.status,
      followerUserId: f.followerUserId,
      receivedFrom: f.received?.[0]?.format('YYYY-MM-DD'),
      receivedTo: f.received?.[1]?.format('YYYY-MM-DD'),
      page: 1,
      pageSize: query.pageSize,
    });
  const select = { allowClear: true, className: 'kfq-filter-select', placeholder: t('investment.any') };
  return (
    <PageContainer
      title={t('menu.leads')}
      description={t('investment.lead.description')}
      extra={
        manage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            disabled={!followers.data}
          >
            {t('investment.lead.create')}
          </Button>
        ) : undefined
      }
    >
      <Form<Filters> form={form} name="leadFilters" layout="inline" className="kfq-filters" onFinish={search}>
        <Form.Item name="q" label={t('investment.keyword')}>
          <Input allowClear maxLength={100} />
        </Form.Item>
        <Form.Item name="source" label={t('investment.lead.source')}>
          <Select {...select} options={optionsOf(leadSources, leadSourceKey, t)} />
        </Form.Item>
        <Form.Item name="status" label={t('investment.lead.status')}>
          <Select {...select} options={optionsOf(leadStatuses, leadStatusKey, t)} />
        </Form.Item>
        {followers.data ? (
          <Form.Item name="followerUserId" label={t('investment.lead.follower')}>
            <Select
              {...select}
              showSearch
              optionFilterProp="label"
              options={followers.data.map((f) => ({ value: f.id, label: f.displayName }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="received" label={t('investment.lead.received')}>
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
      <Table<Lead>
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
        <LeadFormModal
          lead={editing}
          followers={followers.data ?? []}
          departments={departments.data ?? null}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      {dropping ? <LeadDropModal lead={dropping} onClose={() => setDropping(undefined)} /> : null}
    </PageContainer>
  );
}
