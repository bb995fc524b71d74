import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditQuery, AuditResult } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FilterActions } from '../../../shared/ui/FilterActions';

/** The filters of the audit trail, without paging. */
export type AuditFilterValues = Omit<AuditQuery, 'page' | 'pageSize'>;

interface FormValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  username?: string;
  action?: string;
  result?: AuditResult;
}

/** Search bar of the audit trail: date range, username, action and result. */
export function AuditFilters({ onSearch }: { onSearch: (values: AuditFilterValues) => void }) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const submit = (values: FormValues) => {
    const [from, to] = values.range ?? [];
    onSearch({
      from: from?.format('YYYY-MM-DD'),
      to: to?.format('YYYY-MM-DD'),
      username: values.username?.trim() || undefined,
      action: values.action?.trim() || undefined,
      result: values.result,
    });
  };
  return (
    <Form<FormValues> form={form} layout="inline" onFinish={submit} className="kfq-filters">
      <Form.Item name="range" label={t('audit.dateRange')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item name="username" label={t('audit.username')}>
        <Input allowClear maxLength={64} />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')}>
        <Input allowClear maxLength={64} placeholder="auth.login" />
      </Form.Item>
      <Form.Item name="result" label={t('audit.result')}>
        <Select
          allowClear
          className="kfq-filter-select"
          placeholder={t('users.anyStatus')}
          options={(['success', 'failure', 'denied'] as const).map((r) => ({
            value: r,
            label: t(`audit.result.${r}`),
          }))}
        />
      </Form.Item>
      <FilterActions
        onReset={() => {
          form.resetFields();
          onSearch({});
        }}
      />
    </Form>
  );
}
