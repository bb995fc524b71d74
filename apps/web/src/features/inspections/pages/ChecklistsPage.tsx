import { useState } from 'react';
import { App, Button, Checkbox, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Checklist, ChecklistItem } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { ChecklistFormModal } from '../components/ChecklistFormModal';
import { useArchiveChecklist, useChecklists, useCopyChecklist } from '../hooks';
import { categoryKey, topicKey } from '../labels';

/** 检查表: the checklist templates with their items; standard ones are copied to be changed. */
export function ChecklistsPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const manage = can('safety:manage');
  const [includeArchived, setIncludeArchived] = useState(false);
  const checklists = useChecklists(includeArchived);
  const copy = useCopyChecklist();
  const archive = useArchiveChecklist();
  // undefined: closed; null: creating; a checklist: editing it.
  const [editing, setEditing] = useState<Checklist | null | undefined>(undefined);

  const columns: TableColumnsType<Checklist> = [
    { title: t('inspections.checklists.title'), dataIndex: 'title', width: 240 },
    {
      title: t('inspections.checklists.topic'),
      dataIndex: 'topic',
      width: 120,
      render: (topic: Checklist['topic']) => t(topic ? topicKey(topic) : 'inspections.topic.general'),
    },
    {
      title: t('inspections.items'),
      dataIndex: 'itemCount',
      width: 80,
      render: (count: number) => t('inspections.checklists.itemCount', { count }),
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 140,
      render: (_, c) => (
        <Space size={4}>
          <Tag color={c.builtIn ? 'gold' : 'blue'}>
            {t(c.builtIn ? 'inspections.checklists.builtIn' : 'inspections.checklists.custom')}
          </Tag>
          {c.status === 'archived' ? <Tag>{t('inspections.checklists.archived')}</Tag> : null}
        </Space>
      ),
    },
  ];
  if (manage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 180,
      fixed: 'right',
      render: (_, c) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            aria-label={`${t('inspections.checklists.copy')} ${c.title}`}
            onClick={() =>
              copy.mutate(c.id, {
                onSuccess: () => void message.success(t('inspections.checklists.copied')),
                onError: notifyError,
              })
            }
          >
            {t('inspections.checklists.copy')}
          </Button>
          {!c.builtIn && c.status === 'active' ? (
            <>
              <Button
                type="link"
                size="small"
                onClick={() => setEditing(c)}
                aria-label={`${t('action.edit')} ${c.title}`}
              >
                {t('action.edit')}
              </Button>
              <Popconfirm
                title={t('inspections.checklists.archiveConfirm')}
                okText={t('action.ok')}
                cancelText={t('action.cancel')}
                onConfirm={() => archive.mutate({ id: c.id, version: c.version }, { onError: notifyError })}
              >
                <Button type="link" size="small" danger aria-label={`${t('action.archive')} ${c.title}`}>
                  {t('action.archive')}
                </Button>
              </Popconfirm>
            </>
          ) : null}
        </Space>
      ),
    });

  const itemColumns: TableColumnsType<ChecklistItem> = [
    { title: '#', dataIndex: 'seq', width: 48 },
    { title: t('inspections.detail.itemContent'), dataIndex: 'content' },
    { title: t('inspections.checklists.legalBasis'), dataIndex: 'legalBasis' },
    {
      title: t('inspections.checklists.defaultCategory'),
      dataIndex: 'hazardCategory',
      width: 120,
      render: (c: ChecklistItem['hazardCategory']) => t(categoryKey(c)),
    },
  ];

  return (
    <PageContainer
      title={t('menu.checklists')}
      description={t('inspections.checklists.description')}
      extra={
        <Space>
          <Checkbox checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)}>
            {t('inspections.checklists.includeArchived')}
          </Checkbox>
          {manage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('inspections.checklists.new')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {checklists.isError ? <ApiErrorAlert error={checklists.error} /> : null}
      <Table<Checklist>
        rowKey="id"
        columns={columns}
        dataSource={checklists.data ?? []}
        loading={checklists.isFetching}
        pagination={false}
        scroll={{ x: 820 }}
        expandable={{
          expandedRowRender: (c) => (
            <Table<ChecklistItem>
              size="small"
              rowKey="id"
              columns={itemColumns}
              dataSource={c.items}
              pagination={false}
            />
          ),
        }}
      />
      {editing !== undefined ? (
        <ChecklistFormModal checklist={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </PageContainer>
  );
}
