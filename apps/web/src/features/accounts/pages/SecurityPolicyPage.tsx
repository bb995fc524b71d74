import { useState } from 'react';
import { App, Button, Card, Col, Form, InputNumber, Row, Skeleton, Switch } from 'antd';
import type { SecurityPolicy, SecurityPolicyView } from '@kaifaqu/contracts';
import { useT, type MessageKey } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useSecurityPolicy, useUpdateSecurityPolicy } from '../hooks';

type NumericField = Exclude<keyof SecurityPolicy, 'requireAdminTotp'>;
type Unit = 'unit.characters' | 'unit.days' | 'unit.times' | 'unit.minutes' | 'unit.hours';

/** One numeric setting: its bounds (as the contract allows) and its unit. */
interface FieldSpec {
  name: NumericField;
  min: number;
  max: number;
  unit: Unit;
  /** Explains the setting, including what 0 means where 0 switches it off. */
  hint?: MessageKey;
}

const SECTIONS: { title: MessageKey; fields: FieldSpec[] }[] = [
  {
    title: 'policy.section.password',
    fields: [
      { name: 'passwordMinLength', min: 8, max: 64, unit: 'unit.characters' },
      { name: 'passwordMaxAgeDays', min: 0, max: 3650, unit: 'unit.days', hint: 'policy.zeroNever' },
      { name: 'passwordHistory', min: 0, max: 24, unit: 'unit.times', hint: 'policy.passwordHistoryHint' },
    ],
  },
  {
    title: 'policy.section.lockout',
    fields: [
      { name: 'lockoutThreshold', min: 3, max: 20, unit: 'unit.times' },
      { name: 'lockoutWindowMinutes', min: 1, max: 1440, unit: 'unit.minutes' },
      { name: 'lockoutDurationMinutes', min: 1, max: 1440, unit: 'unit.minutes' },
    ],
  },
  {
    title: 'policy.section.session',
    fields: [
      { name: 'sessionIdleMinutes', min: 5, max: 720, unit: 'unit.minutes' },
      { name: 'sessionAbsoluteHours', min: 1, max: 72, unit: 'unit.hours' },
      { name: 'inactiveAccountDays', min: 0, max: 3650, unit: 'unit.days', hint: 'policy.zeroNever' },
    ],
  },
];

function PolicyForm({ policy }: { policy: SecurityPolicyView }) {
  const t = useT();
  const { message } = App.useApp();
  const update = useUpdateSecurityPolicy();
  const [error, setError] = useState<unknown>(null);
  const submit = (values: SecurityPolicy) => {
    setError(null);
    update.mutate(
      { ...values, version: policy.version },
      { onSuccess: () => void message.success(t('common.saved')), onError: setError },
    );
  };
  return (
    // Remount on a new version so a refetch after a conflict shows the current values.
    <Form<SecurityPolicy> key={policy.version} layout="vertical" initialValues={policy} onFinish={submit}>
      {error ? <ApiErrorAlert error={error} /> : null}
      {SECTIONS.map((section) => (
        <Card key={section.title} title={t(section.title)} size="small" className="kfq-section-card">
          <Row gutter={24}>
            {section.fields.map((f) => (
              <Col key={f.name} xs={24} md={8}>
                <Form.Item
                  name={f.name}
                  label={t(`policy.${f.name}`)}
                  extra={f.hint ? t(f.hint) : undefined}
                  rules={[{ required: true }, { type: 'integer', min: f.min, max: f.max }]}
                >
                  <InputNumber
                    min={f.min}
                    max={f.max}
                    precision={0}
                    suffix={t(f.unit)}
                    className="kfq-number"
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
      ))}
      <Card title={t('policy.section.admin')} size="small" className="kfq-section-card">
        <Form.Item
          name="requireAdminTotp"
          label={t('policy.requireAdminTotp')}
          valuePropName="checked"
          extra={t('policy.requireAdminTotpHint')}
        >
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
      </Card>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('action.save')}
      </Button>
    </Form>
  );
}

/** 安全策略: password, lockout and session rules (等保 defaults), set by the security administrator. */
export function SecurityPolicyPage() {
  const t = useT();
  const policy = useSecurityPolicy();
  return (
    <PageContainer title={t('menu.securityPolicy')} description={t('policy.description')}>
      {policy.isError ? <ApiErrorAlert error={policy.error} /> : null}
      {policy.isLoading ? <Skeleton active /> : null}
      {policy.data ? <PolicyForm policy={policy.data} /> : null}
    </PageContainer>
  );
}
