import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MonitoringAlarm } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useAcknowledgeAlarm, useRaiseHazard } from '../hooks';

/** Acknowledges (确认) an alarm with a note saying what was found. */
export function AcknowledgeModal({ alarm, onClose }: { alarm: MonitoringAlarm; onClose: () => void }) {
  const t = useT();
  const acknowledge = useAcknowledgeAlarm();
  return (
    <FormModal<{ note: string }>
      title={t('env.alarm.acknowledge')}
      okText={t('env.alarm.acknowledge')}
      onSubmit={(v) =>
        acknowledge.mutate(
          { id: alarm.id, body: { note: v.note.trim(), version: alarm.version } },
          { onSuccess: onClose },
        )
      }
      onCancel={onClose}
      submitting={acknowledge.isPending}
      error={acknowledge.error}
    >
      <Form.Item
        name="note"
        label={t('env.alarm.note')}
        rules={[{ required: true, whitespace: true }, { max: 500 }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

interface HazardValues {
  grade: 'general' | 'major';
  deadline: Dayjs;
  responsiblePerson: string;
  description?: string;
}

/** Turns an outlet's alarm into a hazard (隐患) of its enterprise, with a rectification deadline. */
export function HazardModal({ alarm, onClose }: { alarm: MonitoringAlarm; onClose: () => void }) {
  const t = useT();
  const raise = useRaiseHazard();
  return (
    <FormModal<HazardValues>
      title={t('env.alarm.toHazard')}
      okText={t('env.alarm.toHazard')}
      initialValues={{ grade: 'general', deadline: dayjs().add(15, 'day') }}
      onSubmit={(v) =>
        raise.mutate(
          {
            id: alarm.id,
            body: {
              grade: v.grade,
              deadline: v.deadline.format('YYYY-MM-DD'),
              responsiblePerson: v.responsiblePerson.trim(),
              ...(v.description?.trim() ? { description: v.description.trim() } : {}),
              version: alarm.version,
            },
          },
          { onSuccess: onClose },
        )
      }
      onCancel={onClose}
      submitting={raise.isPending}
      error={raise.error}
    >
      <Form.Item name="grade" label={t('env.alarm.grade')} rules={[{ required: true }]}>
        <Select
          options={[
            { value: 'general', label: t('env.alarm.grade.general') },
            { value: 'major', label: t('env.alarm.grade.major') },
          ]}
        />
      </Form.Item>
      <Form.Item name="deadline" label={t('env.alarm.deadline')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        name="responsiblePerson"
        label={t('env.alarm.responsiblePerson')}
        rules={[{ required: true, whitespace: true }, { max: 50 }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="description" label={t('env.alarm.description')} extra={t('env.alarm.descriptionHint')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
