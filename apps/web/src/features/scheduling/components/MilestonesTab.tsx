import { useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import type { Milestone } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { schedulingApi } from '../api';
import { milestoneKindKey } from '../display';
import { useMilestones, useSchedulingMutation } from '../hooks';
import { MilestoneFormModal } from './MilestoneFormModal';

/** 节点: permits (前期手续) and construction milestones with planned/actual dates and overdue tags. */
export function MilestonesTab({ projectId }: { projectId: string }) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const manage = can('schedule:manage');
  const milestones = useMilestones(projectId);
  const standard = useSchedulingMutation(() => schedulingApi.createStandard(projectId, {}));
  const remove = useSchedulingMutation((m: Milestone) =>
    schedulingApi.deleteMilestone(projectId, m.id, m.version),
  );
  // undefined: closed; null: adding; a row: editing it.
  const [editing, setEditing] = useState<Milestone | null | undefined>(undefined);

  const columns: TableColumnsType<Milestone> = [
    {
      title: t('milestone.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (k: Milestone['kind']) => t(milestoneKindKey(k)),
    },
    { title: t('milestone.name'), dataIndex: 'name', width: 140 },
    {
      title: t('milestone.plannedOn'),
      dataIndex: 'plannedOn',
      width: 120,
      render: (v: string | null) => v ?? EMPTY,
    },
    {
      title: t('milestone.actualOn'),
      dataIndex: 'actualOn',
      width: 120,
      render: (v: string | null) => v ?? EMPTY,
    },
    {
      title: t('milestone.status'),
      key: 'status',
      width: 100,
      render: (_, m) =>
        m.actualOn ? (
          <Tag color="green">{t('scheduling.done')}</Tag>
        ) : m.overdue ? (
          <Tag color="red">{t('scheduling.overdue')}</Tag>
        ) : (
          <Tag>{t('milestone.pending')}</Tag>
        ),
    },
    {
      title: t('milestone.note'),
      dataIndex: 'note',
      width: 200,
      ellipsis: true,
      render: (v: string) => v || EMPTY,
    },
  ];
  if (manage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, m) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => setEditing(m)}
            aria-label={`${t('milestone.edit')} ${m.name}`}
          >
            {t('action.edit')}
          </Button>
          <Popconfirm
            title={t('milestone.deleteConfirm')}
            okText={t('action.ok')}
            cancelText={t('action.cancel')}
            onConfirm={() => remove.mutate(m, { onError: notifyError })}
          >
            <Button type="link" size="small" danger>
              {t('milestone.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });

  return (
    <>
      {manage ? (
        <Space style={{ marginBottom: 12 }}>
          <Button
            icon={<ThunderboltOutlined />}
            loading={standard.isPending}
            onClick={() =>
              standard.mutate(undefined, {
                onSuccess: () => void message.success(t('milestone.createStandardDone')),
                onError: notifyError,
              })
            }
          >
            {t('milestone.createStandard')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('milestone.add')}
          </Button>
        </Space>
      ) : null}
      {milestones.isError ? <ApiErrorAlert error={milestones.error} /> : null}
      <Table<Milestone>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={milestones.data ?? []}
        loading={milestones.isFetching}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('milestone.empty') }}
      />
      {editing !== undefined ? (
        <MilestoneFormModal projectId={projectId} milestone={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </>
  );
}
