import { useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { SubPark } from '@kaifaqu/contracts';
import { formatDateTime, formatMu } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { SubParkFormModal } from '../components/SubParkFormModal';
import { UnitStatusTag } from '../components/UnitStatusTag';
import { useSubParks, useUpdateSubPark } from '../hooks';

/** 园区管理: the zone's sub-parks (一区多园) with their boundaries and planned area. */
export function SubParksPage() {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const subParks = useSubParks();
  const update = useUpdateSubPark();
  // undefined: closed; null: creating; a record: editing it.
  const [editing, setEditing] = useState<SubPark | null | undefined>(undefined);

  const toggleArchived = (park: SubPark) => {
    const status = park.status === 'active' ? 'archived' : 'active';
    update.mutate(
      {
        id: park.id,
        body: {
          name: park.name,
          boundary: park.boundary,
          areaMu: park.areaMu,
          status,
          version: park.version,
        },
      },
      { onSuccess: () => void message.success(t('common.saved')), onError: notifyError },
    );
  };

  const columns: TableColumnsType<SubPark> = [
    { title: t('common.code'), dataIndex: 'code', width: 120 },
    { title: t('subPark.name'), dataIndex: 'name', width: 200 },
    {
      title: `${t('subPark.areaMu')}(${t('unit.mu')})`,
      dataIndex: 'areaMu',
      align: 'right',
      width: 140,
      render: (value: string | null) => formatMu(value),
    },
    {
      title: t('subPark.boundary'),
      dataIndex: 'boundary',
      render: (value: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: value }} className="kfq-cell-paragraph">
          {value || '—'}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      filters: [
        { text: t('status.active'), value: 'active' },
        { text: t('status.archived'), value: 'archived' },
      ],
      onFilter: (value, record) => record.status === value,
      render: (_, record) => <UnitStatusTag status={record.status} />,
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      width: 180,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, record) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(record)}>
            {t('action.edit')}
          </Button>
          <Popconfirm
            title={record.status === 'active' ? t('subPark.archiveConfirm') : t('subPark.restoreConfirm')}
            onConfirm={() => toggleArchived(record)}
            okText={t('action.ok')}
            cancelText={t('action.cancel')}
          >
            <Button type="link" size="small" danger={record.status === 'active'}>
              {record.status === 'active' ? t('action.archive') : t('action.restore')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.subParks')}
      description={t('subPark.description')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('subPark.create')}
        </Button>
      }
    >
      {subParks.isError ? <ApiErrorAlert error={subParks.error} /> : null}
      <Table<SubPark>
        rowKey="id"
        columns={columns}
        dataSource={subParks.data ?? []}
        loading={subParks.isLoading}
        pagination={{
          pageSize: 20,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        scroll={{ x: 960 }}
      />
      {editing !== undefined ? (
        <SubParkFormModal subPark={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </PageContainer>
  );
}
