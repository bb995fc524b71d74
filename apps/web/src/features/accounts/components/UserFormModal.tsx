import { Form, Input, Select } from 'antd';
import type { Department, User, UserWithInitialPassword } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useUserMutations } from '../hooks';

interface UserValues {
  username: string;
  displayName: string;
  departmentId?: string;
  phone?: string;
}

const PHONE = /^[0-9+\- ]{5,20}$/;

/** Props of {@link UserFormModal}. */
export interface UserFormModalProps {
  /** The account to edit; null to create one. */
  user: User | null;
  departments: Department[];
  onClose: () => void;
  /** Receives a new account with its one-time password. */
  onCreated: (result: UserWithInitialPassword) => void;
}

/** Creates an account or edits its profile. Roles are granted separately (分配角色). */
export function UserFormModal({ user, departments, onClose, onCreated }: UserFormModalProps) {
  const t = useT();
  const { create, update } = useUserMutations();
  const mutation = user ? update : create;
  const options = departments
    .filter((d) => d.status === 'active' || d.id === user?.departmentId)
    .map((d) => ({ value: d.id, label: d.name }));

  const submit = (values: UserValues) => {
    const phone = values.phone?.trim() ? values.phone.trim() : null;
    const common = { displayName: values.displayName.trim(), departmentId: values.departmentId ?? null };
    if (user) {
      // The phone arrives masked: only a retyped number is sent, otherwise it stays as it is.
      const body = phone ? { ...common, phone, version: user.version } : { ...common, version: user.version };
      update.mutate({ id: user.id, body }, { onSuccess: onClose });
    } else {
      create.mutate({ ...common, username: values.username.trim(), phone }, { onSuccess: onCreated });
    }
  };

  return (
    <FormModal<UserValues>
      title={user ? t('users.edit') : t('users.create')}
      initialValues={
        user
          ? {
              username: user.username,
              displayName: user.displayName,
              departmentId: user.departmentId ?? undefined,
            }
          : {}
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item
        name="username"
        label={t('users.username')}
        extra={user ? t('users.usernameFixed') : t('users.usernameHint')}
        rules={[
          { required: true },
          { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: t('users.usernameFormat') },
        ]}
      >
        <Input disabled={Boolean(user)} maxLength={32} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, whitespace: true }, { max: 50 }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="departmentId" label={t('users.department')}>
        <Select
          allowClear
          options={options}
          placeholder={t('users.noDepartment')}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('users.phone')}
        extra={user?.phone ? t('users.phoneKeep', { phone: user.phone }) : undefined}
        rules={[{ pattern: PHONE, message: t('users.phoneFormat') }]}
      >
        <Input maxLength={20} inputMode="tel" placeholder={user?.phone ?? undefined} autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
