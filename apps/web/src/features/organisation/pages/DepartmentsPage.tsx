import { useState } from 'react';
import { App, Button, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Department } from '@kaifaqu/contracts';
import { formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { DepartmentFormModal } from '../components/DepartmentFormModal';
import { UnitStatusTag } from '../components/UnitStatusTag';
import { useDepartments, useUpdateDepartment } from '../hooks';

/** 部门管理: the committee's departments (科室) and what each is responsible for. */
export function DepartmentsPage() {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const departments = useDepartments();
  const update = useUpdateDepartment();
  // undefined: closed; null: creating; a record: editing it.
  const [editing, setEditing] = useState<Department | null | undefined>(undefined);

  const toggleArchived = (dept: Department) => {
    const status = dept.status === 'active' ? 'archived' : 'active';
    update.mutate(
      { id: dept.id, body: { name: dept.name, duties: dept.duties, status, version: dept.version } },
      { onSuccess: () => void message.success(t('common.saved')), onError: notifyError },
    );
  };

  const columns: TableColumnsType<Department> = [
    { title: t('common.code'), dataIndex: 'code', width: 120 },
    { title: t('department.name'), dataIndex: 'name', width: 200 },
    { title: t('department.duties'), dataIndex: 'duties', ellipsis: true, render: (v: string) => v || '—' },
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
            title={
              record.status === 'active' ? t('department.archiveConfirm') : t('department.restoreConfirm')
            }
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
      title={t('menu.departments')}
      description={t('department.description')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('department.create')}
        </Button>
      }
    >
      {departments.isError ? <ApiErrorAlert error={departments.error} /> : null}
      <Table<Department>
        rowKey="id"
        columns={columns}
        dataSource={departments.data ?? []}
        loading={departments.isLoading}
        pagination={{
          pageSize: 20,
          hideOnSinglePage: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        scroll={{ x: 860 }}
      />
      {editing !== undefined ? (
        <DepartmentFormModal department={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </PageContainer>
  );
}
