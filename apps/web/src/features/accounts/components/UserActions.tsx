import { App, Button, Popconfirm, Space } from 'antd';
import type { User, UserWithInitialPassword } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { useUserMutations } from '../hooks';

/** Props of {@link UserActions}. */
export interface UserActionsProps {
  user: User;
  onEdit: (user: User) => void;
  onAssignRoles: (user: User) => void;
  onPasswordReset: (result: UserWithInitialPassword) => void;
}

/** The row actions of an account, each shown only with its permission (user:manage, role:assign). */
export function UserActions({ user, onEdit, onAssignRoles, onPasswordReset }: UserActionsProps) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { setEnabled, resetPassword, resetTotp } = useUserMutations();
  const manage = can('user:manage');
  const ids = { id: user.id, version: user.version };
  const confirmTexts = { okText: t('action.ok'), cancelText: t('action.cancel') };
  const active = user.status === 'active';

  return (
    <Space size={0} wrap>
      {manage ? (
        <Button type="link" size="small" onClick={() => onEdit(user)}>
          {t('action.edit')}
        </Button>
      ) : null}
      {can('role:assign') ? (
        <Button type="link" size="small" onClick={() => onAssignRoles(user)}>
          {t('users.assignRoles')}
        </Button>
      ) : null}
      {manage ? (
        <Popconfirm
          title={
            active
              ? t('users.disableConfirm', { name: user.displayName })
              : t('users.enableConfirm', { name: user.displayName })
          }
          onConfirm={() =>
            setEnabled.mutate(
              { ...ids, enabled: !active },
              {
                onSuccess: () => void message.success(active ? t('users.disabled') : t('users.enabled')),
                onError: notifyError,
              },
            )
          }
          {...confirmTexts}
        >
          <Button type="link" size="small" danger={active}>
            {active ? t('users.disable') : t('users.enable')}
          </Button>
        </Popconfirm>
      ) : null}
      {manage ? (
        <Popconfirm
          title={t('users.resetPasswordConfirm', { name: user.displayName })}
          onConfirm={() => resetPassword.mutate(ids, { onSuccess: onPasswordReset, onError: notifyError })}
          {...confirmTexts}
        >
          <Button type="link" size="small">
            {t('users.resetPassword')}
          </Button>
        </Popconfirm>
      ) : null}
      {manage ? (
        <Popconfirm
          title={t('users.resetTotpConfirm', { name: user.displayName })}
          onConfirm={() =>
            resetTotp.mutate(ids, {
              onSuccess: () => void message.success(t('users.totpReset')),
              onError: notifyError,
            })
          }
          disabled={!user.totpEnabled}
          {...confirmTexts}
        >
          <Button type="link" size="small" disabled={!user.totpEnabled}>
            {t('users.resetTotp')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
