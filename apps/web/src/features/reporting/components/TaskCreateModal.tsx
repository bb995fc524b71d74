import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { enterpriseCategories, type EnterpriseCategory } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCreateTask } from '../hooks';
import { defaultDeadline, lastPeriod } from '../periods';

interface TaskValues {
  period: Dayjs;
  enterpriseCategory: EnterpriseCategory;
  deadline: Dayjs;
}

/** 下发任务: open a month's reporting task for the enterprises of a category, with its deadline. */
export function TaskCreateModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const create = useCreateTask();
  const [form] = Form.useForm<TaskValues>();
  const period = lastPeriod();

  const submit = (values: TaskValues) =>
    create.mutate(
      {
        period: values.period.format('YYYY-MM'),
        enterpriseCategory: values.enterpriseCategory,
        deadline: values.deadline.format('YYYY-MM-DD'),
      },
      { onSuccess: (task) => onCreated(task.id) },
    );

  return (
    <FormModal<TaskValues>
      title={t('reporting.task.create')}
      form={form}
      okText={t('reporting.task.createOk')}
      initialValues={{
        period: dayjs(`${period}-01`),
        enterpriseCategory: 'aboveScaleIndustry',
        deadline: dayjs(defaultDeadline(period)),
      }}
      onSubmit={submit}
      onCancel={onClose}
      submitting={create.isPending}
      error={create.error}
    >
      <Form.Item name="period" label={t('reporting.period')} rules={[{ required: true }]}>
        <DatePicker
          picker="month"
          className="kfq-full-width"
          onChange={(value: Dayjs | null) => {
            if (value) form.setFieldValue('deadline', dayjs(defaultDeadline(value.format('YYYY-MM'))));
          }}
        />
      </Form.Item>
      <Form.Item name="enterpriseCategory" label={t('reporting.task.category')} rules={[{ required: true }]}>
        <Select
          options={enterpriseCategories.map((c) => ({ value: c, label: t(`reporting.category.${c}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={t('reporting.deadline')}
        rules={[{ required: true }]}
        extra={t('reporting.task.deadlineHint')}
      >
        <DatePicker className="kfq-full-width" />
      </Form.Item>
    </FormModal>
  );
}
