import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DischargePermit, PermitManagementClass } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCreatePermit, useUpdatePermit } from '../hooks';
import { EnterprisePicker } from './EnterprisePicker';

interface PermitValues {
  enterpriseId: string;
  permitNo: string;
  managementClass: PermitManagementClass;
  issuedOn: Dayjs;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  pollutants?: string;
  note?: string;
}

const DAY = 'YYYY-MM-DD';

/** Registers a permit or corrects / renews one; its enterprise is fixed once registered. */
export function PermitFormModal({
  permit,
  onClose,
}: {
  permit: DischargePermit | null;
  onClose: () => void;
}) {
  const t = useT();
  const create = useCreatePermit();
  const update = useUpdatePermit();
  const mutation = permit ? update : create;
  const classes: PermitManagementClass[] = ['key', 'simplified', 'registration'];

  const submit = (v: PermitValues) => {
    const fields = {
      permitNo: v.permitNo.trim(),
      managementClass: v.managementClass,
      issuedOn: v.issuedOn.format(DAY),
      validFrom: v.validFrom.format(DAY),
      validTo: v.validTo ? v.validTo.format(DAY) : null,
      pollutants: v.pollutants?.trim() ?? '',
      fileIds: permit?.fileIds ?? [],
      note: v.note?.trim() || null,
    };
    if (permit)
      update.mutate({ id: permit.id, body: { ...fields, version: permit.version } }, { onSuccess: onClose });
    else create.mutate({ ...fields, enterpriseId: v.enterpriseId }, { onSuccess: onClose });
  };

  return (
    <FormModal<PermitValues>
      title={permit ? t('env.permit.edit') : t('env.permit.create')}
      initialValues={
        permit
          ? {
              enterpriseId: permit.enterpriseId,
              permitNo: permit.permitNo,
              managementClass: permit.managementClass,
              issuedOn: dayjs(permit.issuedOn),
              validFrom: dayjs(permit.validFrom),
              validTo: dayjs(permit.validTo),
              pollutants: permit.pollutants,
              note: permit.note ?? '',
            }
          : { managementClass: 'simplified' }
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item name="enterpriseId" label={t('env.enterprise')} rules={[{ required: true }]}>
        <EnterprisePicker disabled={Boolean(permit)} initialLabel={permit?.enterpriseName} />
      </Form.Item>
      <Form.Item
        name="permitNo"
        label={t('env.permit.no')}
        rules={[
          { required: true, whitespace: true },
          { pattern: /^[0-9A-Za-z-]{3,40}$/, message: t('env.permit.noFormat') },
        ]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="managementClass" label={t('env.permit.class')} rules={[{ required: true }]}>
        <Select options={classes.map((c) => ({ value: c, label: t(`env.permit.class.${c}`) }))} />
      </Form.Item>
      <Form.Item name="issuedOn" label={t('env.permit.issuedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('env.permit.validFrom')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="validTo" label={t('env.permit.validTo')} extra={t('env.permit.validToHint')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="pollutants" label={t('env.permit.pollutants')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="note" label={t('env.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
