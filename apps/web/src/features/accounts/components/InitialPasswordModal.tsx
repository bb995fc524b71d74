import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import type { UserWithInitialPassword } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { CopyButton } from '../../../shared/ui/CopyButton';

/** Shows a new or reset account's one-time password, once, with a copy button. */
export function InitialPasswordModal({
  result,
  onClose,
}: {
  result: UserWithInitialPassword;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open
      title={t('users.initialPasswordTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('users.initialPasswordDone')}
        </Button>
      }
    >
      <Alert className="kfq-block-alert" type="warning" showIcon title={t('users.initialPasswordWarning')} />
      <Descriptions
        column={1}
        size="small"
        bordered
        items={[
          { key: 'username', label: t('users.username'), children: result.user.username },
          { key: 'displayName', label: t('users.displayName'), children: result.user.displayName },
          {
            key: 'password',
            label: t('users.initialPassword'),
            children: (
              <div className="kfq-initial-password">
                <Typography.Text code className="kfq-secret" data-testid="initial-password">
                  {result.initialPassword}
                </Typography.Text>
                <CopyButton text={result.initialPassword} />
              </div>
            ),
          },
        ]}
      />
    </Modal>
  );
}
