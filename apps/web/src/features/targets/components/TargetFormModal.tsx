import { Form, Input, Select } from 'antd';
import type { Department, TargetProgress, TargetSubject } from '@kaifaqu/contracts';
import { useLocale, useT } from '../../../shared/i18n';
import { decimalPattern } from '../../../shared/scaled';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCreateTarget, useUpdateTarget } from '../hooks';
import { parseTargetValue, subjectName, targetValueText } from '../target-value';

interface TargetValues {
  subject: string;
  value: string;
  ownerDepartmentId: string;
  note?: string;
}

/** Props of {@link TargetFormModal}. */
export interface TargetFormModalProps {
  year: number;
  /** The target being edited, or null to set a new one for `year`. */
  target: TargetProgress | null;
  subjects: TargetSubject[];
  departments: Department[];
  /** Subjects (`kind/code`) that already have a target this year. */
  taken: ReadonlySet<string>;
  onClose: () => void;
}

const keyOf = (s: { kind: string; code: string }) => `${s.kind}/${s.code}`;

/** Sets a target (subject, figure in the subject's unit, owner, note) or edits one; year and subject are fixed. */
export function TargetFormModal({
  year,
  target,
  subjects,
  departments,
  taken,
  onClose,
}: TargetFormModalProps) {
  const t = useT();
  const { locale } = useLocale();
  const [form] = Form.useForm<TargetValues>();
  const create = useCreateTarget();
  const update = useUpdateTarget();
  const mutation = target ? update : create;
  const chosen = Form.useWatch('subject', form);
  const subject = subjects.find(
    (s) => keyOf(s) === (target ? keyOf({ kind: target.subjectKind, code: target.subjectCode }) : chosen),
  );
  const scale = subject?.scale ?? target?.subject?.scale ?? 0;

  const submit = (values: TargetValues) => {
    const targetValue = parseTargetValue(values.value, scale);
    if (targetValue === null) return;
    const common = {
      targetValue,
      ownerDepartmentId: values.ownerDepartmentId,
      note: values.note?.trim() || null,
    };
    if (target) {
      update.mutate({ id: target.id, body: { ...common, version: target.version } }, { onSuccess: onClose });
    } else {
      const [subjectKind = '', subjectCode = ''] = values.subject.split('/');
      create.mutate({ ...common, year, subjectKind, subjectCode }, { onSuccess: onClose });
    }
  };

  const subjectOptions = subjects.map((s) => ({
    value: keyOf(s),
    label: `${subjectName(s, locale)}(${s.unit})`,
    disabled: taken.has(keyOf(s)),
  }));
  const departmentOptions = departments
    .filter((d) => d.status === 'active' || d.id === target?.ownerDepartmentId)
    .map((d) => ({ value: d.id, label: d.name }));

  return (
    <FormModal<TargetValues>
      form={form}
      title={target ? t('targets.edit') : t('targets.create', { year })}
      initialValues={
        target
          ? {
              subject: keyOf({ kind: target.subjectKind, code: target.subjectCode }),
              value: targetValueText(target.targetValue, scale),
              ownerDepartmentId: target.ownerDepartmentId,
              note: target.note ?? '',
            }
          : {}
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item name="subject" label={t('targets.subject')} rules={[{ required: true }]}>
        <Select
          options={subjectOptions}
          disabled={Boolean(target)}
          showSearch
          optionFilterProp="label"
          onChange={() => void form.validateFields(['value']).catch(() => undefined)}
        />
      </Form.Item>
      <Form.Item
        name="value"
        label={subject ? t('targets.valueIn', { unit: subject.unit }) : t('targets.value')}
        extra={scale > 0 ? t('targets.valueHint', { decimals: scale }) : undefined}
        rules={[
          { required: true, whitespace: true },
          {
            validator: (_, text?: string) =>
              !text ||
              (decimalPattern(scale, false).test(text.trim()) && parseTargetValue(text, scale) !== null)
                ? Promise.resolve()
                : Promise.reject(
                    new Error(
                      scale > 0 ? t('targets.valueFormat', { decimals: scale }) : t('targets.valueInteger'),
                    ),
                  ),
          },
        ]}
      >
        <Input inputMode="decimal" maxLength={24} suffix={subject?.unit} />
      </Form.Item>
      <Form.Item name="ownerDepartmentId" label={t('targets.owner')} rules={[{ required: true }]}>
        <Select options={departmentOptions} showSearch optionFilterProp="label" />
      </Form.Item>
      <Form.Item name="note" label={t('targets.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
