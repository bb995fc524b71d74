import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Skeleton } from 'antd';
import type { Zone } from '@kaifaqu/contracts';
import { formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useUpdateZone, useZone } from '../hooks';

interface ZoneValues {
  name: string;
  divisionCode: string;
}

function ZoneForm({ zone }: { zone: Zone }) {
  const t = useT();
  const { message } = App.useApp();
  const update = useUpdateZone();
  const [error, setError] = useState<unknown>(null);
  const submit = (values: ZoneValues) => {
    setError(null);
    update.mutate(
      { name: values.name.trim(), divisionCode: values.divisionCode, version: zone.version },
      { onSuccess: () => void message.success(t('common.saved')), onError: setError },
    );
  };
  return (
    <Form<ZoneValues>
      // Remount on a new version so a refetch after a conflict shows the current values.
      key={zone.version}
      layout="vertical"
      initialValues={{ name: zone.name, divisionCode: zone.divisionCode }}
      onFinish={submit}
    >
      {error ? <ApiErrorAlert error={error} /> : null}
      <Form.Item
        name="name"
        label={t('zone.name')}
        rules={[{ required: true, whitespace: true }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label={t('zone.divisionCode')}
        extra={t('zone.divisionCodeHint')}
        rules={[{ required: true }, { pattern: /^\d{6}$/, message: t('zone.divisionCodeFormat') }]}
      >
        <Input maxLength={6} inputMode="numeric" className="kfq-code-input" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('action.save')}
      </Button>
    </Form>
  );
}

/** 开发区信息: the zone's name (shown on every page) and its administrative division code. */
export function ZonePage() {
  const t = useT();
  const zone = useZone();
  return (
    <PageContainer title={t('menu.zone')} description={t('zone.description')}>
      <Card className="kfq-narrow-card">
        {zone.isError ? <ApiErrorAlert error={zone.error} /> : null}
        {zone.isLoading ? <Skeleton active /> : null}
        {zone.data ? (
          <>
            <ZoneForm zone={zone.data} />
            <Descriptions
              className="kfq-meta"
              size="small"
              column={1}
              items={[
                {
                  key: 'updatedAt',
                  label: t('common.updatedAt'),
                  children: formatDateTime(zone.data.updatedAt),
                },
              ]}
            />
          </>
        ) : null}
      </Card>
    </PageContainer>
  );
}
