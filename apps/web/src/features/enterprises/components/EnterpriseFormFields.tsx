import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import {
  currencies,
  enterpriseStatuses,
  isValidCreditCode,
  normaliseCreditCode,
  ownerships,
  type Currency,
  type LeadingIndustry,
  type SubPark,
  type LiaisonCandidate,
} from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { MU_PATTERN, WAN_PATTERN, wanToFen } from '../money';
import { IndustryTreeSelect } from './IndustryTreeSelect';

const PHONE = /^[0-9+\- ]{5,20}$/;

/** Props of {@link EnterpriseFormFields}. */
export interface EnterpriseFormFieldsProps {
  creating: boolean;
  subParks: SubPark[];
  leadingIndustries: LeadingIndustry[];
  /** Staff to choose the 企业秘书 from; null leaves the picker out (the user may not list accounts). */
  liaisons: LiaisonCandidate[] | null;
}

/** The fields of the registration and profile form, in two columns. */
export function EnterpriseFormFields({
  creating,
  subParks,
  leadingIndustries,
  liaisons,
}: EnterpriseFormFieldsProps) {
  const t = useT();
  const currency = Form.useWatch<Currency | undefined>('registeredCapitalCurrency') ?? 'CNY';
  const creditCodeRule = {
    validator: (_: unknown, value: string | undefined) => {
      if (!value) return Promise.resolve();
      if (value.length !== 18) return Promise.reject(new Error(t('enterprise.creditCodeLength')));
      return isValidCreditCode(value)
        ? Promise.resolve()
        : Promise.reject(new Error(t('enterprise.creditCodeInvalid')));
    },
  };
  const capitalRule = {
    validator: (_: unknown, value: string | undefined) =>
      !value || (WAN_PATTERN.test(value.trim()) && wanToFen(value) !== null)
        ? Promise.resolve()
        : Promise.reject(new Error(t('enterprise.capitalFormat'))),
  };
  return (
    <div className="kfq-form-grid">
      <Form.Item
        name="creditCode"
        label={t('enterprise.creditCode')}
        normalize={(v: string) => normaliseCreditCode(v ?? '')}
        extra={creating ? t('enterprise.creditCodeHint') : t('enterprise.creditCodeFixed')}
        rules={[{ required: true, message: t('enterprise.creditCodeRequired') }, creditCodeRule]}
      >
        <Input maxLength={18} disabled={!creating} autoComplete="off" className="kfq-file-code" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('enterprise.name')}
        rules={[{ required: true, whitespace: true }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="legalRepresentative" label={t('enterprise.legalRepresentative')} rules={[{ max: 50 }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="ownership" label={t('enterprise.ownership')} rules={[{ required: true }]}>
        <Select options={ownerships.map((o) => ({ value: o, label: t(`ownership.${o}`) }))} />
      </Form.Item>
      <Form.Item name="capitalWan" label={t('enterprise.capitalWan')} rules={[capitalRule]}>
        <Input inputMode="decimal" suffix={t(`capitalUnit.${currency}`)} placeholder="0" />
      </Form.Item>
      <Form.Item
        name="registeredCapitalCurrency"
        label={t('enterprise.currency')}
        rules={[{ required: true }]}
      >
        <Select options={currencies.map((c) => ({ value: c, label: t(`currency.${c}`) }))} />
      </Form.Item>
      <Form.Item name="establishedOn" label={t('enterprise.establishedOn')}>
        <DatePicker className="kfq-full-width" />
      </Form.Item>
      <Form.Item name="settledOn" label={t('enterprise.settledOn')}>
        <DatePicker className="kfq-full-width" />
      </Form.Item>
      <Form.Item
        name="industryCode"
        label={t('enterprise.industryClass')}
        className="kfq-form-wide"
        rules={[{ required: true, message: t('enterprise.industryRequired') }]}
      >
        <IndustryTreeSelect />
      </Form.Item>
      <Form.Item name="subParkId" label={t('enterprise.subPark')}>
        <Select allowClear options={subParks.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item name="leadingIndustryCode" label={t('enterprise.leadingIndustry')}>
        <Select allowClear options={leadingIndustries.map((l) => ({ value: l.code, label: l.name }))} />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('enterprise.address')}
        className="kfq-form-wide"
        rules={[{ max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="landAreaMu"
        label={t('enterprise.landArea')}
        rules={[{ pattern: MU_PATTERN, message: t('enterprise.landAreaFormat') }]}
      >
        <Input inputMode="decimal" suffix={t('unit.mu')} />
      </Form.Item>
      <Form.Item name="employees" label={t('enterprise.employees')}>
        <InputNumber min={0} max={1_000_000} precision={0} className="kfq-full-width" />
      </Form.Item>
      <Form.Item name="contactName" label={t('enterprise.contactName')} rules={[{ max: 50 }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('enterprise.contactPhone')}
        rules={[{ pattern: PHONE, message: t('users.phoneFormat') }]}
      >
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      {liaisons ? (
        <Form.Item name="liaisonUserId" label={t('enterprise.liaison')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={liaisons.map((u) => ({ value: u.id, label: u.displayName }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="tags" label={t('enterprise.tags')} className={liaisons ? undefined : 'kfq-form-wide'}>
        <Select mode="tags" maxCount={20} tokenSeparators={[',', ',']} open={false} />
      </Form.Item>
      {creating ? (
        <>
          <Form.Item name="status" label={t('enterprise.initialStatus')} rules={[{ required: true }]}>
            <Select
              options={enterpriseStatuses.map((s) => ({ value: s, label: t(`enterpriseStatus.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="statusSince" label={t('enterprise.statusSince')} rules={[{ required: true }]}>
            <DatePicker className="kfq-full-width" />
          </Form.Item>
        </>
      ) : null}
    </div>
  );
}
