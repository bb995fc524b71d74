import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type {
  ActivityKind,
  Department,
  InvestmentActivity,
  InvestmentActivityCreateBody,
} from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCreateActivity, useUpdateActivity } from '../hooks';
import { activityKindKey, activityKinds, counterpartsKey, optionsOf, placeKey } from '../labels';
import { InvestorSelect } from './InvestorSelect';

interface Values {
  kind: ActivityKind;
  title: string;
  dates: [Dayjs, Dayjs];
  place?: string;
  participants?: string;
  counterparts?: string;
  investorIds?: string[];
  outcome?: string;
  departmentId?: string | null;
}

/** Props of {@link ActivityFormModal}. */
export interface ActivityFormModalProps {
  /** The activity being edited, or null to record one of `kind`. */
  activity: InvestmentActivity | null;
  kind: ActivityKind;
  /** Departments to choose from; null when the user may not list them. */
  departments: Department[] | null;
  onClose: () => void;
}

/** Records or edits a 接待 / 外出考察 / 推介会; place and counterparts are labelled per kind. */
export function ActivityFormModal({ activity, kind, departments, onClose }: ActivityFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateActivity();
  const update = useUpdateActivity();
  const mutation = activity ? update : create;
  const chosenKind = Form.useWatch('kind', form) ?? activity?.kind ?? kind;

  const submit = (v: Values) => {
    const body: InvestmentActivityCreateBody = {
      kind: v.kind,
      title: v.title.trim(),
      startedOn: v.dates[0].format('YYYY-MM-DD'),
      endedOn: v.dates[1].format('YYYY-MM-DD'),
      place: v.place?.trim() ?? '',
      participants: v.participants?.trim() ?? '',
      counterparts: v.counterparts?.trim() ?? '',
      investorIds: v.investorIds ?? [],
      outcome: v.outcome?.trim() ?? '',
      departmentId: departments ? (v.departmentId ?? null) : (activity?.departmentId ?? null),
    };
    if (activity)
      update.mutate(
        { id: activity.id, body: { ...body, version: activity.version } },
        { onSuccess: onClose },
      );
    else create.mutate(body, { onSuccess: onClose });
  };

  const initial: Partial<Values> = activity
    ? {
        ...activity,
        dates: [dayjs(activity.startedOn), dayjs(activity.endedOn)],
        investorIds: activity.investors.map((i) => i.id),
      }
    : { kind, investorIds: [] };

  return (
    <FormModal<Values>
      form={form}
      width={640}
      title={activity ? t('investment.activity.edit') : t('investment.activity.create')}
      initialValues={initial}
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item name="kind" label={t('investment.activity.kind')} rules={[{ required: true }]}>
        <Select options={optionsOf(activityKinds, activityKindKey, t)} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('investment.activity.title')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="dates" label={t('investment.activity.dates')} rules={[{ required: true }]}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item name="place" label={t(placeKey(chosenKind))} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="participants" label={t('investment.activity.participants')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="counterparts" label={t(counterpartsKey(chosenKind))} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="investorIds" label={t('investment.activity.investors')}>
        <InvestorSelect multiple known={activity?.investors ?? []} />
      </Form.Item>
      <Form.Item name="outcome" label={t('investment.activity.outcome')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {departments ? (
        <Form.Item name="departmentId" label={t('investment.activity.department')}>
          <Select
            allowClear
            options={departments
              .filter((d) => d.status === 'active' || d.id === activity?.departmentId)
              .map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
