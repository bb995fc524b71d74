import { Button, Card, DatePicker, Form, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { SchedulingMeetingDetail } from '@kaifaqu/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { StaffSelect } from '../../accounts/components/StaffSelect';
import { useDepartments } from '../../organisation/hooks';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { schedulingApi } from '../api';
import { dayText } from '../display';
import { useProjectOptions, useSchedulingMutation } from '../hooks';

interface DecisionValues {
  projectId: string;
  description: string;
  responsibleDepartmentId: string;
  ownerUserId?: string | null;
  deadline: Dayjs;
}

interface Values {
  heldOn: Dayjs;
  title: string;
  chair?: string;
  attendees?: string;
  minutes?: string;
  decisions?: DecisionValues[];
}

/** Records a 调度会 with its minutes and decision rows; each decision becomes a coordination issue. */
export function MeetingFormModal(props: { onClose: (created?: SchedulingMeetingDetail) => void }) {
  const t = useT();
  const departments = useDepartments(true);
  const projects = useProjectOptions('');
  const create = useSchedulingMutation((v: Values) =>
    schedulingApi.createMeeting({
      heldOn: dayText(v.heldOn)!,
      title: v.title.trim(),
      chair: v.chair?.trim() ?? '',
      attendees: v.attendees?.trim() ?? '',
      minutes: v.minutes ?? '',
      fileIds: [],
      decisions: (v.decisions ?? []).map((d) => ({
        projectId: d.projectId,
        description: d.description.trim(),
        responsibleDepartmentId: d.responsibleDepartmentId,
        ownerUserId: d.ownerUserId ?? null,
        deadline: dayText(d.deadline)!,
      })),
    }),
  );
  const projectOptions = (projects.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}(${p.code})`,
  }));
  const departmentOptions = (departments.data ?? [])
    .filter((d) => d.status === 'active')
    .map((d) => ({ value: d.id, label: d.name }));

  return (
    <FormModal<Values>
      title={t('meeting.create')}
      width={760}
      initialValues={{ heldOn: dayjs(), decisions: [] }}
      onSubmit={(v) => create.mutate(v, { onSuccess: (detail) => props.onClose(detail) })}
      onCancel={() => props.onClose()}
      submitting={create.isPending}
      error={create.error}
    >
      <Form.Item
        name="title"
        label={t('meeting.title')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="heldOn" label={t('meeting.heldOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="chair" label={t('meeting.chair')} rules={[{ max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="attendees" label={t('meeting.attendees')} rules={[{ max: 2000 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="minutes" label={t('meeting.minutes')} rules={[{ max: 20000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.List name="decisions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => {
              const n = index + 1;
              return (
                <Card
                  key={field.key}
                  size="small"
                  title={`${t('meeting.decisions')} ${n}`}
                  style={{ marginBottom: 12 }}
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${t('meeting.removeDecision')} ${n}`}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Form.Item
                    name={[field.name, 'projectId']}
                    label={t('meeting.decisionProject', { n })}
                    rules={[{ required: true }]}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      options={projectOptions}
                      loading={projects.isFetching}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('meeting.decisionDescription', { n })}
                    rules={[{ required: true, whitespace: true, max: 2000 }]}
                  >
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'responsibleDepartmentId']}
                    label={t('meeting.decisionDepartment', { n })}
                    rules={[{ required: true }]}
                  >
                    <Select options={departmentOptions} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'ownerUserId']} label={t('meeting.decisionOwner', { n })}>
                    <StaffSelect />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'deadline']}
                    label={t('meeting.decisionDeadline', { n })}
                    rules={[{ required: true }]}
                  >
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Card>
              );
            })}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add()}>
              {t('meeting.addDecision')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
