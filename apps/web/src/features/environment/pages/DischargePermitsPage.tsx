import { useState } from 'react';
import { App, Button, Form, Popconfirm, Select, Space, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { DischargePermit, DischargePermitListQuery } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { attachmentUrl } from '../../enterprises/api';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { PermitExpiryTag } from '../components/PermitExpiryTag';
import { PermitFormModal } from '../components/PermitFormModal';
import { usePermits, useRevokePermit } from '../hooks';

type Filter = 'all' | 'expiring90' | 'active' | 'revoked';

const QUERIES: Record<Filter, DischargePermitListQuery> = {
  all: {},
  expiring90: { expiringWithinDays: 90 },
  active: { status: 'active' },
  revoked: { status: 'revoked' },
};

/** 排污许可: every permit in scope with how near its end is; staff register, renew and revoke them. */
export function DischargePermitsPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const manage = can('env:manage');
  const [filter, setFilter] = useState<Filter>('all');
  const permits = usePermits(QUERIES[filter]);
  const revoke = useRevokePermit();
  // undefined: closed; null: registering; a row: editing it.
  const [editing, setEditing] = useState<DischargePermit | null | undefined>(undefined);

  const columns: TableColumnsType<DischargePermit> = [
    { title: t('env.enterprise'), dataIndex: 'enterpriseName', width: 200, ellipsis: true },
    { title: t('env.permit.no'), dataIndex: 'permitNo', width: 220 },
    {
      title: t('env.permit.class'),
      dataIndex: 'managementClass',
      width: 100,
      render: (c: DischargePermit['managementClass']) => t(`env.permit.class.${c}`),
    },
    { title: t('env.permit.validFrom'), dataIndex: 'validFrom', width: 110 },
    { title: t('env.permit.validTo'), dataIndex: 'validTo', width: 110 },
    {
      title: t('env.permit.expiry'),
      key: 'expiry',
      width: 140,
      render: (_, p) => <PermitExpiryTag permit={p} />,
    },
    {
      title: t('env.permit.pollutants'),
      dataIndex: 'pollutants',
      ellipsis: true,
      render: (v: string) => v || EMPTY,
    },
    {
      title: t('env.permit.files'),
      key: 'files',
      width: 150,
      render: (_, p) =>
        p.fileIds.length === 0 ? (
          EMPTY
        ) : (
          <Space size={[8, 0]} wrap>
            {p.fileIds.map((id, i) => (
              <a key={id} href={attachmentUrl(id)} download>
                {t('env.permit.files.item', { n: i + 1 })}
              </a>
            ))}
          </Space>
        ),
    },
  ];
  if (manage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_, p) =>
        p.status === 'revoked' ? null : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(p)}>
              {t('action.edit')}
            </Button>
            <Popconfirm
              title={t('env.permit.revokeConfirm')}
              okText={t('action.ok')}
              cancelText={t('action.cancel')}
              onConfirm={() =>
                revoke.mutate(
                  { id: p.id, version: p.version },
                  {
                    onSuccess: () => void message.success(t('env.permit.revokedDone')),
                    onError: notifyError,
                  },
                )
              }
            >
              <Button type="link" size="small" danger>
                {t('env.permit.revoke')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    });
  }

  return (
    <PageContainer
      title={t('menu.dischargePermits')}
      description={t('env.permit.description')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('env.permit.create')}
          </Button>
        ) : undefined
      }
    >
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('env.permit.filter')}>
          <Select<Filter>
            value={filter}
            onChange={setFilter}
            style={{ width: 180 }}
            aria-label={t('env.permit.filter')}
            options={(Object.keys(QUERIES) as Filter[]).map((f) => ({
              value: f,
              label: t(`env.permit.filter.${f}`),
            }))}
          />
        </Form.Item>
      </Form>
      {permits.isError ? <ApiErrorAlert error={permits.error} /> : null}
      <Table<DischargePermit>
        rowKey="id"
        columns={columns}
        dataSource={permits.data ?? []}
        loading={permits.isFetching}
        pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
        scroll={{ x: 1200 }}
        locale={{ emptyText: t('env.permit.empty') }}
      />
      {editing !== undefined ? (
        <PermitFormModal permit={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </PageContainer>
  );
}
