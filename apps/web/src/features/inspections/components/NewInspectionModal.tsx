import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import type { InspectionKind } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useChecklists, useCreateInspection, usePlans } from '../hooks';
import { isTouchScreen, optionLists } from '../labels';
import { EnterpriseSelect } from './EnterpriseSelect';

interface NewInspectionValues {
  enterpriseId: string;
  planId?: string;
  checklistId?: string;
  kind: InspectionKind;
  inspectedOn: Dayjs;
  inspectors: string;
}

/** Props of {@link NewInspectionModal}. */
export interface NewInspectionModalProps {
  /** Pre-filled when started from a plan's enterprise. */
  preset?: { planId: string; enterpriseId: string; enterpriseName: string };
  onClose: () => void;
}

const NO_CHECKLIST = '';

/** Starts an inspection (enterprise, plan, checklist, date, inspectors) and opens it on the site page. */
export function NewInspectionModal({ preset, onClose }: NewInspectionModalProps) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewInspectionValues>();
  const create = useCreateInspection();
  const checklists = useChecklists();
  const plans = usePlans({ status: 'active', pageSize: 200 });
  const planId = Form.useWatch('planId', form);
  const plan = plans.data?.items.find((p) => p.id === planId);
  const { kinds } = optionLists(t);

  const submit = (values: NewInspectionValues) => {
    create.mutate(
      {
        enterpriseId: values.enterpriseId,
        planId: values.planId || null,
        // A plan brings its checklist unless one is chosen here.
        checklistId:
          values.checklistId === undefined
            ? undefined
            : values.checklistId === NO_CHECKLIST
              ? null
              : values.checklistId,
        kind: values.kind,
        inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
        inspectors: values.inspectors,
      },
      {
        onSuccess: (inspection) => {
          onClose();
          void navigate(`/inspections/${inspection.id}`);
        },
      },
    );
  };

  return (
    <FormModal<NewInspectionValues>
      form={form}
      title={t('inspections.new')}
      okText={t('inspections.start')}
      initialValues={{
        enterpriseId: preset?.enterpriseId,
        planId: preset?.planId,
        kind: 'routine',
        inspectedOn: dayjs(),
      }}
      onSubmit={submit}
      onCancel={onClose}
      submitting={create.isPending}
      error={create.error}
    >
      <Form.Item name="enterpriseId" label={t('inspections.enterprise')} rules={[{ required: true }]}>
        <EnterpriseSelect
          aria-label={t('inspections.enterprise')}
          known={preset ? [{ id: preset.enterpriseId, name: preset.enterpriseName }] : []}
        />
      </Form.Item>
      <Form.Item name="planId" label={t('inspections.plan')}>
        <Select
          allowClear
          aria-label={t('inspections.plan')}
          placeholder={t('inspections.noPlan')}
          options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
          onChange={(id?: string) => {
            const chosen = plans.data?.items.find((p) => p.id === id);
            if (chosen)
              form.setFieldsValue({ kind: chosen.kind, checklistId: chosen.checklistId ?? NO_CHECKLIST });
          }}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('inspections.kind')} rules={[{ required: true }]}>
        <Select aria-label={t('inspections.kind')} options={kinds} disabled={!!plan} />
      </Form.Item>
      <Form.Item name="checklistId" label={t('inspections.checklist')}>
        <Select
          aria-label={t('inspections.checklist')}
          placeholder={t('inspections.noChecklist')}
          options={[
            { value: NO_CHECKLIST, label: t('inspections.noChecklist') },
            ...(checklists.data ?? []).map((c) => ({ value: c.id, label: c.title })),
          ]}
        />
      </Form.Item>
      <Form.Item name="inspectedOn" label={t('inspections.date')} rules={[{ required: true }]}>
        <DatePicker
          aria-label={t('inspections.date')}
          inputReadOnly={isTouchScreen()}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="inspectors"
        label={t('inspections.inspectors')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input
          aria-label={t('inspections.inspectors')}
          placeholder={t('inspections.inspectorsPlaceholder')}
          maxLength={500}
        />
      </Form.Item>
    </FormModal>
  );
}
