import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { enterpriseStatuses, type Enterprise, type EnterpriseStatus } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { dateText } from '../enterprise-form';
import { useEnterpriseMutations } from '../hooks';
import { EnterpriseStatusTag } from './EnterpriseStatusTag';

interface StatusValues {
  status: EnterpriseStatus;
  effectiveOn: Dayjs;
  note?: string;
}

/**
 * 状态变更: moves the enterprise along its lifecycle on a date between its current status date and today.
 * Which moves are legal is the server's rule; a refused one shows its Chinese reason (INVALID_TRANSITION).
 */
export function StatusChangeModal({ enterprise, onClose }: { enterprise: Enterprise; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { changeStatus } = useEnterpriseMutations();
  const since = dayjs(enterprise.statusSince, 'YYYY-MM-DD');
  const submit = (values: StatusValues) =>
    changeStatus.mutate(
      {
        id: enterprise.id,
        body: {
          status: values.status,
          effectiveOn: dateText(values.effectiveOn) ?? '',
          note: values.note?.trim() ?? '',
          version: enterprise.version,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('enterprise.statusChanged'));
          onClose();
        },
      },
    );
  return (
    <FormModal<StatusValues>
      title={t('enterprise.changeStatus')}
      initialValues={{ effectiveOn: dayjs() }}
      onSubmit={submit}
      onCancel={onClose}
      submitting={changeStatus.isPending}
      error={changeStatus.error}
    >
      <Form.Item label={t('enterprise.currentStatus')}>
        <EnterpriseStatusTag status={enterprise.status} />
        {t('enterprise.statusSinceText', { date: enterprise.statusSince })}
      </Form.Item>
      <Form.Item name="status" label={t('enterprise.targetStatus')} rules={[{ required: true }]}>
        <Select
          options={enterpriseStatuses
            .filter((s) => s !== enterprise.status)
            .map((s) => ({ value: s, label: t(`enterpriseStatus.${s}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={t('enterprise.effectiveOn')}
        extra={t('enterprise.effectiveOnHint', { date: enterprise.statusSince })}
        rules={[{ required: true }]}
      >
        <DatePicker
          className="kfq-full-width"
          disabledDate={(d) => d.isBefore(since, 'day') || d.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item name="note" label={t('enterprise.statusNote')} rules={[{ max: 200 }]}>
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
