import { DatePicker, Form, Input, Select } from 'antd';
import {
  CONSTRUCTION_MILESTONE_CODES,
  PERMIT_MILESTONE_CODES,
  type Milestone,
  type MilestoneCode,
  type MilestoneKind,
} from '@kaifaqu/contracts';
import type { Dayjs } from 'dayjs';
import { useT } from '../../../shared/i18n';
import { StaffSelect } from '../../accounts/components/StaffSelect';
import { FormModal } from '../../../shared/ui/FormModal';
import { schedulingApi } from '../api';
import { dayText, milestoneCodeKey, milestoneKindKey, toDay } from '../display';
import { useSchedulingMutation } from '../hooks';

interface Values {
  kind: MilestoneKind;
  code: MilestoneCode;
  name?: string;
  plannedOn?: Dayjs | null;
  actualOn?: Dayjs | null;
  ownerUserId?: string | null;
  note?: string;
}

/** Adds a milestone (standard or custom) or edits one's dates, owner note and (custom) name. */
export function MilestoneFormModal(props: {
  projectId: string;
  milestone: Milestone | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { projectId, milestone } = props;
  const kind = Form.useWatch('kind', form) ?? milestone?.kind ?? 'permit';
  const code = Form.useWatch('code', form) ?? milestone?.code;
  const create = useSchedulingMutation((v: Values) =>
    schedulingApi.createMilestone(projectId, {
      kind: v.kind,
      code: v.code,
      ...(v.name?.trim() ? { name: v.name.trim() } : {}),
      plannedOn: dayText(v.plannedOn),
      actualOn: dayText(v.actualOn),
      ownerUserId: v.ownerUserId ?? null,
      note: v.note?.trim() ?? '',
    }),
  );
  const update = useSchedulingMutation((v: Values) =>
    schedulingApi.updateMilestone(projectId, milestone!.id, {
      ...(v.name?.trim() ? { name: v.name.trim() } : {}),
      plannedOn: dayText(v.plannedOn),
      actualOn: dayText(v.actualOn),
      ownerUserId: v.ownerUserId ?? null,
      note: v.note?.trim() ?? '',
      version: milestone!.version,
    }),
  );
  const mutation = milestone ? update : create;
  const codes = [
    ...(kind === 'permit' ? PERMIT_MILESTONE_CODES : CONSTRUCTION_MILESTONE_CODES),
    'custom' as const,
  ];
  const codeOptions = codes.map((c) => ({ value: c, label: t(milestoneCodeKey(c)) }));

  return (
    <FormModal<Values>
      form={form}
      title={milestone ? t('milestone.edit') : t('milestone.add')}
      initialValues={
        milestone
          ? {
              kind: milestone.kind,
              code: milestone.code as MilestoneCode,
              name: milestone.name,
              plannedOn: toDay(milestone.plannedOn),
              actualOn: toDay(milestone.actualOn),
              ownerUserId: milestone.ownerUserId,
              note: milestone.note,
            }
          : { kind: 'permit' }
      }
      onSubmit={(v) => mutation.mutate(v, { onSuccess: props.onClose })}
      onCancel={props.onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item name="kind" label={t('milestone.kind')} rules={[{ required: true }]}>
        <Select
          disabled={Boolean(milestone)}
          options={(['permit', 'construction'] as const).map((k) => ({
            value: k,
            label: t(milestoneKindKey(k)),
          }))}
          onChange={() => form.setFieldValue('code', undefined)}
        />
      </Form.Item>
      <Form.Item name="code" label={t('milestone.name')} rules={[{ required: true }]}>
        <Select disabled={Boolean(milestone)} options={codeOptions} />
      </Form.Item>
      {code === 'custom' ? (
        <Form.Item
          name="name"
          label={t('milestone.customName')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
      ) : null}
      <Form.Item name="plannedOn" label={t('milestone.plannedOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="actualOn" label={t('milestone.actualOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="ownerUserId" label={t('milestone.owner')}>
        <StaffSelect />
      </Form.Item>
      <Form.Item name="note" label={t('milestone.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
