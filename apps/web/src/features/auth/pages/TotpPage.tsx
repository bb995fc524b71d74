import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Card, Form, Input, QRCode, Result, Space, Spin, Steps, Typography } from 'antd';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { CopyButton } from '../../../shared/ui/CopyButton';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useMe, useTotpEnable, useTotpSetup } from '../hooks';

/** A base32 secret in groups of four for reading aloud or typing: `JBSW Y3DP EHPK 3PXP`. */
function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** Second-factor (TOTP) enrolment; `forced` when an administrator must enrol before doing anything else. */
export function TotpPage({ forced = false }: { forced?: boolean }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const setup = useTotpSetup();
  const enable = useTotpEnable();
  const [enableError, setEnableError] = useState<unknown>(null);
  const started = useRef(false);
  const needsSetup = forced || !me.totpEnabled;

  useEffect(() => {
    // One pending secret per visit; a ref survives StrictMode's double effect run.
    if (!needsSetup || started.current) return;
    started.current = true;
    setup.mutate();
  }, [needsSetup, setup]);

  if (!needsSetup) {
    return (
      <PageContainer title={t('totp.title')}>
        <Card className="kfq-narrow-card">
          <Result status="success" title={t('totp.enabledTitle')} subTitle={t('totp.enabledHint')} />
        </Card>
      </PageContainer>
    );
  }

  const submit = ({ code }: { code: string }) => {
    setEnableError(null);
    enable.mutate(code, {
      onSuccess: () => {
        message.success(t('totp.enabled'));
        void navigate('/', { replace: true });
      },
      onError: setEnableError,
    });
  };

  const secret = setup.data;
  return (
    <PageContainer title={t('totp.title')} description={forced ? undefined : t('totp.description')}>
      <Card className="kfq-narrow-card kfq-totp-card">
        {forced ? (
          <Alert className="kfq-block-alert" type="warning" showIcon title={t('totp.forced')} />
        ) : null}
        {setup.isError ? <ApiErrorAlert error={setup.error} /> : null}
        {setup.isPending ? <Spin /> : null}
        {secret ? (
          <>
            <Steps
              orientation="vertical"
              size="small"
              current={2}
              items={[
                { title: t('totp.step1'), content: t('totp.step1Hint') },
                {
                  title: t('totp.step2'),
                  content: (
                    <Space orientation="vertical" size="middle" className="kfq-totp-secret">
                      <QRCode value={secret.otpauthUrl} size={168} bordered />
                      <div>
                        <Typography.Text type="secondary">{t('totp.secret')}</Typography.Text>
                        <div className="kfq-secret kfq-secret-block" data-testid="totp-secret">
                          {groupSecret(secret.secret)}
                        </div>
                        <CopyButton text={secret.secret} />
                      </div>
                      <div>
                        <div>
                          <Typography.Text type="secondary">{t('totp.url')}</Typography.Text>
                        </div>
                        <Typography.Paragraph className="kfq-otpauth" copyable>
                          {secret.otpauthUrl}
                        </Typography.Paragraph>
                      </div>
                    </Space>
                  ),
                },
                {
                  title: t('totp.step3'),
                  content: (
                    <Form<{ code: string }> layout="vertical" onFinish={submit} requiredMark={false}>
                      {enableError ? <ApiErrorAlert error={enableError} /> : null}
                      <Form.Item
                        name="code"
                        label={t('totp.code')}
                        rules={[
                          { required: true, message: t('login.totpCodeRequired') },
                          { pattern: /^\d{6}$/, message: t('login.totpCodeFormat') },
                        ]}
                      >
                        <Input
                          inputMode="numeric"
                          autoComplete="one-time-code"
                          maxLength={6}
                          className="kfq-code-input"
                        />
                      </Form.Item>
                      <Button type="primary" htmlType="submit" loading={enable.isPending}>
                        {t('totp.submit')}
                      </Button>
                    </Form>
                  ),
                },
              ]}
            />
          </>
        ) : null}
      </Card>
    </PageContainer>
  );
}
