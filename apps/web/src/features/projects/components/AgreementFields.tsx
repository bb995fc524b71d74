import { Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AgreementBody, ProjectAgreement } from '@kaifaqu/contracts';
import { fenToWanText, MU_PATTERN, wanToFen } from '../../enterprises/money';
import { textToScaled, scaledToText } from '../../../shared/scaled';
import { useT } from '../../../shared/i18n';

/** The agreement fields as the form holds them: dates as dayjs, money in 万元 and area in 亩 as text. */
export interface AgreementValues {
  agreementTitle: string;
  signedOn: Dayjs;
  startDeadline?: Dayjs | null;
  completionDeadline?: Dayjs | null;
  productionDeadline?: Dayjs | null;
  landAreaMu?: string;
  intensityWan?: string;
  outputWan?: string;
  taxWan?: string;
  agreementNote?: string;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const money = (text: string | undefined) => (text?.trim() ? wanToFen(text) : null);

/** The API body of the agreement fields. */
export function agreementBody(v: AgreementValues): AgreementBody {
  return {
    title: v.agreementTitle.trim(),
    signedOn: day(v.signedOn)!,
    startDeadline: day(v.startDeadline),
    completionDeadline: day(v.completionDeadline),
    productionDeadline: day(v.productionDeadline),
    landAreaCentimu: v.landAreaMu?.trim() ? textToScaled(v.landAreaMu.trim(), 2, false) : null,
    investmentIntensityFenPerMu: money(v.intensityWan),
    outputPerMuFen: money(v.outputWan),
    taxPerMuFen: money(v.taxWan),
    note: v.agreementNote ?? '',
  };
}

/** The form values of an agreement being edited. */
export function agreementValues(a: ProjectAgreement): AgreementValues {
  const d = (s: string | null) => (s ? dayjs(s) : null);
  const w = (fen: number | null) => (fen === null ? undefined : fenToWanText(fen));
  return {
    agreementTitle: a.title,
    signedOn: dayjs(a.signedOn),
    startDeadline: d(a.startDeadline),
    completionDeadline: d(a.completionDeadline),
    productionDeadline: d(a.productionDeadline),
    landAreaMu: a.landAreaCentimu === null ? undefined : scaledToText(a.landAreaCentimu, 2),
    intensityWan: w(a.investmentIntensityFenPerMu),
    outputWan: w(a.outputPerMuFen),
    taxWan: w(a.taxPerMuFen),
    agreementNote: a.note,
  };
}

/** 协议 fields: title, dates, land area, intensity, output and tax per 亩 at full production. */
export function AgreementFields() {
  const t = useT();
  const amountRule = {
    validator: (_: unknown, text?: string) =>
      !text?.trim() || wanToFen(text) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(t('projects.amountFormat'))),
  };
  const dateField = (name: keyof AgreementValues, label: string, required = false) => (
    <Col span={12}>
      <Form.Item name={name} label={label} rules={required ? [{ required: true }] : []}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  const moneyField = (name: keyof AgreementValues, label: string) => (
    <Col span={8}>
      <Form.Item name={name} label={label} rules={[amountRule]}>
        <Input inputMode="decimal" />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item
          name="agreementTitle"
          label={t('projects.agreement.title')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input />
        </Form.Item>
      </Col>
      {dateField('signedOn', t('projects.agreement.signedOn'), true)}
      {dateField('startDeadline', t('projects.agreement.startDeadline'))}
      {dateField('completionDeadline', t('projects.agreement.completionDeadline'))}
      {dateField('productionDeadline', t('projects.agreement.productionDeadline'))}
      <Col span={8}>
        <Form.Item
          name="landAreaMu"
          label={t('projects.agreement.landArea')}
          rules={[{ pattern: MU_PATTERN, message: t('projects.muFormat') }]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
      </Col>
      {moneyField('intensityWan', t('projects.agreement.intensity'))}
      {moneyField('outputWan', t('projects.agreement.outputPerMu'))}
      {moneyField('taxWan', t('projects.agreement.taxPerMu'))}
      <Col span={16}>
        <Form.Item name="agreementNote" label={t('projects.note')} rules={[{ max: 2000 }]}>
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
}
