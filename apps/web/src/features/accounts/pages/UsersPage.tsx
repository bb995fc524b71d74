import { useMemo, useState } from 'react';
import { Button, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { User, UserWithInitialPassword } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { nameMap, useDescribeScope } from '../../auth/scope';
import { useDepartments, useSubParks } from '../../organisation/hooks';
import { formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { InitialPasswordModal } from '../components/InitialPasswordModal';
import { UserActions } from '../components/UserActions';
import { UserFilters, type UserFilterValues } from '../components/UserFilters';
import { UserFormModal } from '../components/UserFormModal';
import { UserRolesModal } from '../components/UserRolesModal';
import { useRoles, useUsers } from '../hooks';

const PAGE_SIZE = 20;

/** 账号管理: accounts with their roles and state; system administrators manage them, security administrators grant roles. */
export function UsersPage() {
  const t = useT();
  const can = useCan();
  const describeScope = useDescribeScope();
  const [filters, setFilters] = useState<UserFilterValues>({});
  const [page, setPage] = useState({ page: 1, pageSize: PAGE_SIZE });
  const users = useUsers({ ...filters, ...page });
  const roles = useRoles(can('role:read', 'user:read'));
  const departments = useDepartments(can('org:read'));
  const subParks = useSubParks(can('org:read'));
  // undefined: closed; null: creating; a user: editing it.
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [assigning, setAssigning] = useState<User | null>(null);
  const [oneTime, setOneTime] = useState<UserWithInitialPassword | null>(null);

  const roleNames = useMemo(() => new Map((roles.data ?? []).map((r) => [r.code, r.name])), [roles.data]);
  const departmentNames = useMemo(() => nameMap(departments.data), [departments.data]);
  const subParkNames = useMemo(() => nameMap(subParks.data), [subParks.data]);
  const showActions = can('user:manage', 'role:assign');

  const columns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username', width: 120, fixed: 'left' },
    {
      title: t('users.displayName'),
      dataIndex: 'displayName',
      width: 120,
      // The phone arrives masked; it sits under the name to keep the table within a laptop screen.
      render: (name: string, user) => (
        <div>
          <div>{name}</div>
          {user.phone ? <div className="kfq-muted kfq-scope">{user.phone}</div> : null}
        </div>
      ),
    },
    {
      title: t('users.department'),
      dataIndex: 'departmentId',
      width: 110,
      render: (id: string | null) => (id ? (departmentNames.get(id) ?? '—') : '—'),
    },
    {
      title: t('users.roles'),
      dataIndex: 'roleCodes',
      width: 180,
      render: (codes: string[], user) => (
        <Space size={[0, 4]} wrap>
          {codes.length === 0 ? <span className="kfq-muted">{t('users.noRoles')}</span> : null}
          {codes.map((code) => (
            <Tag key={code}>{roleNames.get(code) ?? code}</Tag>
          ))}
          {codes.length > 0 ? (
            <span className="kfq-muted kfq-scope">
              {describeScope(user.scope, { subParks: subParkNames, departments: departmentNames })}
            </span>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 120,
      render: (_, user) => (
        <Space size={[0, 4]} orientation="vertical">
          {user.status === 'active' ? (
            <Tag color="green">{t('users.status.active')}</Tag>
          ) : (
            <Tag>{t('status.disabled')}</Tag>
          )}
          {user.mustChangePassword ? <Tag color="orange">{t('users.mustChangePassword')}</Tag> : null}
          {user.totpEnabled ? (
            <Tooltip title={t('users.totpOn')}>
              <Tag color="blue">2FA</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('users.lockedUntil'),
      dataIndex: 'lockedUntil',
      width: 150,
      render: (v: string | null) =>
        v && new Date(v).getTime() > Date.now() ? <Tag color="red">{formatDateTime(v)}</Tag> : '—',
    },
  ];
  if (showActions) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 240,
      fixed: 'right',
      render: (_, user) => (
        <UserActions
          user={user}
          onEdit={setEditing}
          onAssignRoles={setAssigning}
          onPasswordReset={setOneTime}
        />
      ),
    });
  }

  return (
    <PageContainer
      title={t('menu.users')}
      description={t('users.description')}
      extra={
        can('user:manage') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('users.create')}
          </Button>
        ) : null
      }
    >
      <UserFilters
        roles={roles.data ?? []}
        onSearch={(values) => {
          setFilters({ ...values, keyword: values.keyword?.trim() || undefined });
          setPage((p) => ({ ...p, page: 1 }));
        }}
      />
      {users.isError ? <ApiErrorAlert error={users.error} /> : null}
      <Table<User>
        rowKey="id"
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        scroll={{ x: 1200 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ page: current, pageSize }),
        }}
      />
      {editing !== undefined ? (
        <UserFormModal
          user={editing}
          departments={departments.data ?? []}
          onClose={() => setEditing(undefined)}
          onCreated={(result) => {
            setEditing(undefined);
            setOneTime(result);
          }}
        />
      ) : null}
      {assigning ? (
        <UserRolesModal
          user={assigning}
          roles={roles.data ?? []}
          subParks={subParks.data ?? []}
          onClose={() => setAssigning(null)}
        />
      ) : null}
      {oneTime ? <InitialPasswordModal result={oneTime} onClose={() => setOneTime(null)} /> : null}
    </PageContainer>
  );
}
