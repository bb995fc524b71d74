import { useState } from 'react';
import { Button, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Role } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { AdminDutyTag } from '../components/AdminDutyTag';
import { RoleEditorDrawer } from '../components/RoleEditorDrawer';
import { usePermissionCatalogue, useRoles } from '../hooks';

/** 角色权限: roles and their permissions; the three administrator duties are kept apart (三权分立). */
export function RolesPage() {
  const t = useT();
  const can = useCan();
  const roles = useRoles();
  const catalogue = usePermissionCatalogue();
  const manage = can('role:manage');
  // undefined: closed; null: creating; a role: editing or viewing it.
  const [open, setOpen] = useState<Role | null | undefined>(undefined);

  const columns: TableColumnsType<Role> = [
    { title: t('roles.name'), dataIndex: 'name', width: 180 },
    { title: t('roles.code'), dataIndex: 'code', width: 180, render: (v: string) => <code>{v}</code> },
    {
      title: t('roles.type'),
      dataIndex: 'adminDuty',
      width: 150,
      render: (_, role) => (
        <>
          <AdminDutyTag duty={role.adminDuty} showBusiness />
          {role.builtIn ? <Tag>{t('roles.builtIn')}</Tag> : null}
        </>
      ),
    },
    {
      title: t('roles.description'),
      dataIndex: 'description',
      ellipsis: true,
      render: (v: string) => v || '—',
    },
    {
      title: t('roles.permissionCount'),
      dataIndex: 'permissions',
      width: 110,
      align: 'right',
      render: (p: string[]) => p.length,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, role) => (
        <Button type="link" size="small" onClick={() => setOpen(role)}>
          {manage ? t('action.edit') : t('action.view')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.roles')}
      description={t('roles.pageDescription')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(null)}>
            {t('roles.create')}
          </Button>
        ) : null
      }
    >
      {roles.isError ? <ApiErrorAlert error={roles.error} /> : null}
      <Table<Role>
        rowKey="id"
        columns={columns}
        dataSource={roles.data ?? []}
        loading={roles.isLoading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
      />
      {open !== undefined ? (
        <RoleEditorDrawer
          role={open}
          catalogue={catalogue.data}
          readOnly={!manage}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
    </PageContainer>
  );
}
