import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { ErrorCode, type LoginBody } from '@kaifaqu/contracts';
import { isApiError } from '../../../shared/http';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { BrandMark } from '../../../shared/ui/BrandMark';
import { LocaleSwitch } from '../../../shared/ui/LocaleSwitch';
import { useLogin, useLoginOptions, useMeQuery } from '../hooks';

type Credentials = Pick<LoginBody, 'username' | 'password'>;

/** Where to go after sign-in: the page that sent the user here, else home. */
function useReturnPath(): string {
  const state: unknown = useLocation().state;
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/') && !state.from.startsWith('/login') ? state.from : '/';
  }
  return '/';
}

/** The sign-in page: username and password, then a 6-digit code when the account has a second factor. */
export function LoginPage() {
  const t = useT();
  const returnPath = useReturnPath();
  const { data: me } = useMeQuery();
  const options = useLoginOptions();
  const login = useLogin();
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  // Kept so that going back from the code step does not make the user retype the username.
  const [lastUsername, setLastUsername] = useState<string>();
  const [error, setError] = useState<unknown>(null);

  if (me) return <Navigate to={returnPath} replace />;

  const submitPassword = (values: Credentials) => {
    setError(null);
    setLastUsername(values.username);
    login.mutate(values, {
      onError: (e) => {
        if (isApiError(e, ErrorCode.totpRequired)) setCredentials(values);
        else setError(e);
      },
    });
  };

  const submitCode = ({ totpCode }: { totpCode: string }) => {
    if (!credentials) return;
    setError(null);
    login.mutate(
      { ...credentials, totpCode },
      {
        onError: (e) => {
          // Anything but a wrong code (e.g. the account locked meanwhile) starts over from the password.
          if (!isApiError(e, ErrorCode.totpInvalid)) setCredentials(null);
          setError(e);
        },
      },
    );
  };

  const zoneName = options.data?.zoneName;
  const locked = isApiError(error, ErrorCode.accountLocked);

  return (
    <div className="kfq-login">
      <div className="kfq-login-locale">
        <LocaleSwitch />
      </div>
      <Card className="kfq-login-card" variant="borderless">
        <div className="kfq-login-brand">
          <BrandMark size={48} />
          <Typography.Title level={3} className="kfq-login-zone">
            {zoneName ?? t('app.productName')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('app.productName')} ({t('app.productNameEn')})
          </Typography.Text>
        </div>

        {options.data?.demo ? (
          <Alert
            className="kfq-block-alert"
            type="warning"
            showIcon
            title={t('login.demo') + (options.data.adminTotpRequired ? '' : t('login.demoNoTotp'))}
          />
        ) : null}

        {error ? (
          <ApiErrorAlert
            error={error}
            title={locked ? t('login.lockedTitle') : undefined}
            type={isApiError(error, ErrorCode.rateLimited) ? 'warning' : 'error'}
          />
        ) : null}

        {credentials ? (
          <Form<{ totpCode: string }> layout="vertical" onFinish={submitCode} requiredMark={false} key="totp">
            <Typography.Paragraph type="secondary">{t('login.totpHint')}</Typography.Paragraph>
            <Form.Item
              name="totpCode"
              label={t('login.totpCode')}
              rules={[
                { required: true, message: t('login.totpCodeRequired') },
                { pattern: /^\d{6}$/, message: t('login.totpCodeFormat') },
              ]}
            >
              <Input
                size="large"
                prefix={<SafetyOutlined />}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                autoFocus
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
              {t('login.submit')}
            </Button>
            <Button type="link" block onClick={() => setCredentials(null)}>
              {t('login.back')}
            </Button>
          </Form>
        ) : (
          <Form<Credentials>
            layout="vertical"
            onFinish={submitPassword}
            requiredMark={false}
            initialValues={{ username: lastUsername }}
            key="password"
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, message: t('login.usernameRequired') }]}
            >
              <Input size="large" prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password size="large" prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        )}
      </Card>
      <div className="kfq-login-footer">{t('login.footer')}</div>
    </div>
  );
}
