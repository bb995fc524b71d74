import { Alert, Button, Drawer, Form, Input, Space, Spin } from 'antd';
import type { PermissionView, Role } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useRoleMutations } from '../hooks';
import { PermissionChecklist } from './PermissionChecklist';

interface RoleValues {
  code: string;
  name: string;
  description?: string;
  permissions: string[];
}

/** Props of {@link RoleEditorDrawer}. */
export interface RoleEditorDrawerProps {
  /** The role to edit or view; null to create a business role. */
  role: Role | null;
  catalogue: PermissionView[] | undefined;
  readOnly: boolean;
  onClose: () => void;
}

/** Creates, edits or shows a role: name, description and its permissions grouped by module. */
export function RoleEditorDrawer({ role, catalogue, readOnly, onClose }: RoleEditorDrawerProps) {
  const t = useT();
  const [form] = Form.useForm<RoleValues>();
  const { create, update } = useRoleMutations();
  const mutation = role ? update : create;

  const submit = (values: RoleValues) => {
    const common = {
      name: values.name.trim(),
      description: values.description?.trim() ?? '',
      permissions: values.permissions,
    };
    if (role)
      update.mutate({ id: role.id, body: { ...common, version: role.version } }, { onSuccess: onClose });
    else create.mutate({ ...common, code: values.code.trim() }, { onSuccess: onClose });
  };

  const title = !role ? t('roles.create') : readOnly ? t('roles.view') : t('roles.edit');
  return (
    <Drawer
      open
      title={title}
      size={720}
      onClose={onClose}
      destroyOnHidden
      extra={
        readOnly ? null : (
          <Space>
            <Button onClick={onClose}>{t('action.cancel')}</Button>
            <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
              {t('action.save')}
            </Button>
          </Space>
        )
      }
    >
      {mutation.error ? <ApiErrorAlert error={mutation.error} /> : null}
      {role?.adminDuty ? (
        <Alert className="kfq-block-alert" type="info" showIcon title={t('roles.adminRoleHint')} />
      ) : null}
      <Form<RoleValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        onFinish={submit}
        initialValues={
          role
            ? {
                code: role.code,
                name: role.name,
                description: role.description,
                permissions: role.permissions,
              }
            : { permissions: [] }
        }
      >
        <Form.Item
          name="code"
          label={t('roles.code')}
          extra={role ? undefined : t('roles.codeHint')}
          rules={[{ required: true }, { pattern: /^[a-z][a-z0-9_]{1,31}$/, message: t('roles.codeFormat') }]}
        >
          <Input disabled={Boolean(role)} maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('roles.name')}
          rules={[{ required: true, whitespace: true }, { max: 50 }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="description" label={t('roles.description')} rules={[{ max: 200 }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
        <Form.Item name="permissions" label={t('roles.permissions')}>
          {catalogue ? (
            <PermissionChecklist
              catalogue={catalogue}
              adminDuty={role?.adminDuty ?? null}
              readOnly={readOnly}
            />
          ) : (
            <Spin />
          )}
        </Form.Item>
      </Form>
    </Drawer>
  );
}
