import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type {
  InspectionFrequency,
  InspectionKind,
  InspectionPlanCreateBody,
  InspectionPlanDetail,
  SpecialTopic,
} from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useDepartments } from '../../organisation/hooks';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useChecklists, useCreatePlan, useUpdatePlan } from '../hooks';
import { optionLists } from '../labels';
import { EnterpriseSelect } from './EnterpriseSelect';

interface PlanValues {
  title: string;
  kind: InspectionKind;
  frequency?: InspectionFrequency;
  specialTopic?: SpecialTopic;
  jointDepartments?: string;
  provider?: string;
  period: [Dayjs, Dayjs];
  checklistId?: string;
  departmentId?: string;
  enterpriseIds: string[];
  note?: string;
}

/** Props of {@link PlanFormModal}. */
export interface PlanFormModalProps {
  /** The plan being edited, or null for a new one. */
  plan: InspectionPlanDetail | null;
  onClose: () => void;
}

/** Creates or edits a plan; the fields shown follow its kind (频次, 专项类别, 参与部门, 服务机构). */
export function PlanFormModal({ plan, onClose }: PlanFormModalProps) {
  const t = useT();
  const can = useCan();
  const [form] = Form.useForm<PlanValues>();
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const mutation = plan ? update : create;
  const checklists = useChecklists();
  const departments = useDepartments(can('org:read'));
  const kind = Form.useWatch('kind', form) ?? plan?.kind ?? 'routine';
  const { kinds, frequencies, topics } = optionLists(t);

  const submit = (v: PlanValues) => {
    const body: InspectionPlanCreateBody = {
      title: v.title,
      kind: v.kind,
      frequency: v.frequency ?? null,
      specialTopic: v.specialTopic ?? null,
      jointDepartments: v.jointDepartments ?? '',
      provider: v.provider ?? '',
      startsOn: v.period[0].format('YYYY-MM-DD'),
      endsOn: v.period[1].format('YYYY-MM-DD'),
      checklistId: v.checklistId ?? null,
      departmentId: v.departmentId ?? null,
      note: v.note ?? '',
      enterpriseIds: v.enterpriseIds,
    };
    if (plan)
      update.mutate({ id: plan.id, body: { ...body, version: plan.version } }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };

  return (
    <FormModal<PlanValues>
      form={form}
      width={640}
      title={plan ? t('inspections.plans.edit') : t('inspections.plans.new')}
      initialValues={
        plan
          ? {
              title: plan.title,
              kind: plan.kind,
              frequency: plan.frequency ?? undefined,
              specialTopic: plan.specialTopic ?? undefined,
              jointDepartments: plan.jointDepartments,
              provider: plan.provider,
              period: [dayjs(plan.startsOn), dayjs(plan.endsOn)],
              checklistId: plan.checklistId ?? undefined,
              departmentId: plan.departmentId ?? undefined,
              enterpriseIds: plan.enterprises.map((e) => e.enterpriseId),
              note: plan.note,
            }
          : { kind: 'routine', frequency: 'monthly' }
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item
        name="title"
        label={t('inspections.plans.title')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('inspections.kind')} rules={[{ required: true }]}>
        <Select options={kinds} aria-label={t('inspections.kind')} />
      </Form.Item>
      {kind === 'routine' ? (
        <Form.Item name="frequency" label={t('inspections.frequency')} rules={[{ required: true }]}>
          <Select options={frequencies} aria-label={t('inspections.frequency')} />
        </Form.Item>
      ) : null}
      {kind === 'special' ? (
        <Form.Item name="specialTopic" label={t('inspections.topic')} rules={[{ required: true }]}>
          <Select options={topics} aria-label={t('inspections.topic')} />
        </Form.Item>
      ) : null}
      {kind === 'joint' ? (
        <Form.Item
          name="jointDepartments"
          label={t('inspections.plans.jointDepartments')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={500} />
        </Form.Item>
      ) : null}
      {kind === 'thirdParty' ? (
        <Form.Item
          name="provider"
          label={t('inspections.plans.provider')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} placeholder={t('inspections.plans.providerPlaceholder')} />
        </Form.Item>
      ) : null}
      <Form.Item name="period" label={t('inspections.plans.period')} rules={[{ required: true }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} aria-label={t('inspections.plans.period')} />
      </Form.Item>
      <Form.Item name="checklistId" label={t('inspections.checklist')}>
        <Select
          allowClear
          aria-label={t('inspections.checklist')}
          placeholder={t('inspections.noChecklist')}
          options={(checklists.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
        />
      </Form.Item>
      <Form.Item name="departmentId" label={t('inspections.plans.department')}>
        <Select
          allowClear
          aria-label={t('inspections.plans.department')}
          options={(departments.data ?? [])
            .filter((d) => d.status === 'active')
            .map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item name="enterpriseIds" label={t('inspections.plans.enterprises')} rules={[{ required: true }]}>
        <EnterpriseSelect
          multiple
          aria-label={t('inspections.plans.enterprises')}
          known={plan?.enterprises.map((e) => ({ id: e.enterpriseId, name: e.enterpriseName }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('inspections.plans.note')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  );
}
