import { App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { qualificationKinds, type QualificationKind } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { dateText } from '../enterprise-form';
import { useEnterpriseMutations } from '../hooks';

interface QualificationValues {
  kind: QualificationKind;
  year?: number;
  certificateNo?: string;
  validity?: [Dayjs, Dayjs];
  board?: string;
}

/** Boards as stored (the registry keeps the Chinese name, as its Excel and the demo data do), with their labels. */
const BOARDS = [
  { value: '主板', labelKey: 'board.main' },
  { value: '创业板', labelKey: 'board.chinext' },
  { value: '科创板', labelKey: 'board.star' },
  { value: '北交所', labelKey: 'board.bse' },
  { value: '新三板', labelKey: 'board.neeq' },
  { value: '港股', labelKey: 'board.hk' },
  { value: '境外', labelKey: 'board.overseas' },
] as const;

/** 新增资质: 规上 is recorded per year; the others by validity dates; 上市 also by board (板块). */
export function QualificationModal({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<QualificationValues>();
  const kind = Form.useWatch('kind', form);
  const { addQualification } = useEnterpriseMutations();
  const submit = (v: QualificationValues) =>
    addQualification.mutate(
      {
        id: enterpriseId,
        body: {
          kind: v.kind,
          year: v.kind === 'aboveScale' ? (v.year ?? null) : null,
          certificateNo: v.certificateNo?.trim() ?? '',
          validFrom: v.kind === 'aboveScale' ? null : dateText(v.validity?.[0]),
          validTo: v.kind === 'aboveScale' ? null : dateText(v.validity?.[1]),
          board: v.kind === 'listed' ? (v.board ?? null) : null,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('qualification.added'));
          onClose();
        },
      },
    );
  return (
    <FormModal<QualificationValues>
      form={form}
      title={t('qualification.add')}
      initialValues={{ kind: 'aboveScale', year: new Date().getFullYear() }}
      onSubmit={submit}
      onCancel={onClose}
      submitting={addQualification.isPending}
      error={addQualification.error}
    >
      <Form.Item name="kind" label={t('qualification.kind')} rules={[{ required: true }]}>
        <Select options={qualificationKinds.map((k) => ({ value: k, label: t(`qualificationKind.${k}`) }))} />
      </Form.Item>
      {kind === 'aboveScale' ? (
        <Form.Item name="year" label={t('qualification.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} className="kfq-full-width" />
        </Form.Item>
      ) : (
        <Form.Item name="validity" label={t('qualification.validity')} rules={[{ required: true }]}>
          <DatePicker.RangePicker className="kfq-full-width" />
        </Form.Item>
      )}
      {kind === 'listed' ? (
        <Form.Item name="board" label={t('qualification.board')} rules={[{ required: true }]}>
          <Select options={BOARDS.map((b) => ({ value: b.value, label: t(b.labelKey) }))} />
        </Form.Item>
      ) : null}
      <Form.Item name="certificateNo" label={t('qualification.certificateNo')} rules={[{ max: 64 }]}>
        <Input maxLength={64} />
      </Form.Item>
    </FormModal>
  );
}
