import { Form, Input, Radio, Switch } from 'antd';
import type { Investor, InvestorCreateBody } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useCreateInvestor, useInvestor, useUpdateInvestor } from '../hooks';
import { investorKindKey, investorKinds, optionsOf } from '../labels';

interface Values {
  name: string;
  kind: Investor['kind'];
  region: string;
  isForeign: boolean;
  industryCode?: string;
  contactName?: string;
  contactPhone?: string;
  contactTitle?: string;
  note?: string;
}

/** Props of {@link InvestorFormModal}. */
export interface InvestorFormModalProps {
  /** The investor to edit, or null to record a new one. */
  investorId: string | null;
  onClose: () => void;
}

/** Records an investor (客商) or edits one; an edit first loads the record (lists mask phones). */
export function InvestorFormModal({ investorId, onClose }: InvestorFormModalProps) {
  const detail = useInvestor(investorId ?? undefined);
  if (investorId && !detail.data) return detail.error ? <ApiErrorAlert error={detail.error} /> : null;
  return <InvestorForm investor={detail.data ?? null} onClose={onClose} />;
}

function InvestorForm({ investor, onClose }: { investor: Investor | null; onClose: () => void }) {
  const t = useT();
  const create = useCreateInvestor();
  const update = useUpdateInvestor();
  const mutation = investor ? update : create;

  const submit = (v: Values) => {
    const body: InvestorCreateBody = {
      name: v.name.trim(),
      kind: v.kind,
      region: v.region.trim(),
      isForeign: v.isForeign,
      industryCode: v.industryCode?.trim() || null,
      contactName: v.contactName?.trim() ?? '',
      contactPhone: v.contactPhone?.trim() || null,
      contactTitle: v.contactTitle?.trim() ?? '',
      note: v.note?.trim() ?? '',
    };
    if (investor)
      update.mutate(
        { id: investor.id, body: { ...body, version: investor.version } },
        { onSuccess: onClose },
      );
    else create.mutate(body, { onSuccess: onClose });
  };

  return (
    <FormModal<Values>
      title={investor ? t('investment.investor.edit') : t('investment.investor.create')}
      initialValues={
        investor
          ? {
              ...investor,
              industryCode: investor.industryCode ?? '',
              contactPhone: investor.contactPhone ?? '',
            }
          : { kind: 'company', isForeign: false }
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item
        name="name"
        label={t('investment.investor.name')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('investment.investor.kind')} rules={[{ required: true }]}>
        <Radio.Group options={optionsOf(investorKinds, investorKindKey, t)} />
      </Form.Item>
      <Form.Item
        name="region"
        label={t('investment.investor.region')}
        rules={[{ required: true, whitespace: true, max: 100 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="isForeign" label={t('investment.investor.isForeign')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="industryCode"
        label={t('investment.investor.industryCode')}
        extra={t('investment.investor.industryHint')}
        rules={[{ pattern: /^\d{2,4}$/, message: t('investment.investor.industryHint') }]}
      >
        <Input maxLength={4} />
      </Form.Item>
      <Form.Item name="contactName" label={t('investment.contactName')} rules={[{ max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="contactTitle" label={t('investment.investor.contactTitle')} rules={[{ max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('investment.contactPhone')}
        rules={[{ pattern: /^[0-9+\- ()]{3,30}$/ }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="note" label={t('investment.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
