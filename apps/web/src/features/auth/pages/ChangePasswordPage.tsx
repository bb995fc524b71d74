import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import type { ChangePasswordBody } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { formatDate } from '../../../shared/format';
import { useChangePassword, useMe } from '../hooks';

interface ChangePasswordValues extends ChangePasswordBody {
  confirmPassword: string;
}

/** Own password change; `forced` when the session may do nothing else (first login or expired password). */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangePasswordValues>();
  const change = useChangePassword();
  const [error, setError] = useState<unknown>(null);

  const submit = ({ currentPassword, newPassword }: ChangePasswordValues) => {
    setError(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          message.success(t('password.changed'));
          form.resetFields();
          if (forced) void navigate('/', { replace: true });
        },
        onError: setError,
      },
    );
  };

  return (
    <PageContainer title={t('password.title')} description={forced ? undefined : t('password.description')}>
      <Card className="kfq-narrow-card">
        {forced ? (
          <Alert className="kfq-block-alert" type="warning" showIcon title={t('password.forced')} />
        ) : me.passwordExpiresAt ? (
          <Alert
            className="kfq-block-alert"
            type="info"
            showIcon
            title={t('password.expiresAt', { date: formatDate(me.passwordExpiresAt) })}
          />
        ) : null}
        {error ? <ApiErrorAlert error={error} /> : null}
        <Form<ChangePasswordValues> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            extra={t('password.rules')}
            rules={[
              { required: true, message: t('password.newRequired') },
              { max: 128, message: t('password.tooLong') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || getFieldValue('newPassword') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </PageContainer>
  );
}
