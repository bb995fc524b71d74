import { useState } from 'react';
import { Button, Form, Input, Space, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { InvestmentAgent, InvestmentAgentListQuery } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FilterActions } from '../../../shared/ui/FilterActions';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { AgentDetailDrawer } from '../components/AgentDetailDrawer';
import { AgentFormModal } from '../components/AgentFormModal';
import { useAgents } from '../hooks';

/** 招商代理: agents with how many leads and projects each brought. */
export function InvestmentAgentsPage() {
  const t = useT();
  const can = useCan();
  const manage = can('investment:manage');
  const [form] = Form.useForm<{ q?: string }>();
  const [query, setQuery] = useState<InvestmentAgentListQuery>({ page: 1, pageSize: 20 });
  const list = useAgents(query);
  // undefined: closed; null: creating; an id: editing it.
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const [viewing, setViewing] = useState<string | undefined>(undefined);

  const columns: TableColumnsType<InvestmentAgent> = [
    {
      title: t('investment.agent.name'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Button type="link" size="small" onClick={() => setViewing(r.id)}>
          {name}
        </Button>
      ),
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
    {
      title: t('investment.agent.contract'),
      key: 'contract',
      width: 210,
      render: (_, r) =>
        r.contractFrom || r.contractTo ? `${r.contractFrom ?? EMPTY} ~ ${r.contractTo ?? EMPTY}` : EMPTY,
    },
    { title: t('investment.agent.leadCount'), dataIndex: 'leadCount', width: 100, align: 'right' },
    { title: t('investment.agent.projectCount'), dataIndex: 'projectCount', width: 100, align: 'right' },
  ];
  if (manage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(r.id)}>
            {t('action.edit')}
          </Button>
        </Space>
      ),
    });

  const search = (f: { q?: string }) =>
    setQuery({ q: f.q?.trim() || undefined, page: 1, pageSize: query.pageSize });
  return (
    <PageContainer
      title={t('menu.investmentAgents')}
      description={t('investment.agent.description')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('investment.agent.create')}
          </Button>
        ) : undefined
      }
    >
      <Form form={form} name="agentFilters" layout="inline" className="kfq-filters" onFinish={search}>
        <Form.Item name="q" label={t('investment.keyword')}>
          <Input allowClear maxLength={100} />
        </Form.Item>
        <FilterActions
          onReset={() => {
            form.resetFields();
            search({});
          }}
        />
      </Form>
      {list.error ? <ApiErrorAlert error={list.error} /> : null}
      <Table<InvestmentAgent>
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
        <AgentFormModal agentId={editing} onClose={() => setEditing(undefined)} />
      ) : null}
      {viewing ? <AgentDetailDrawer id={viewing} onClose={() => setViewing(undefined)} /> : null}
    </PageContainer>
  );
}
