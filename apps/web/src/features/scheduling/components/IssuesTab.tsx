import { useState } from 'react';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useCan } from '../../auth/hooks';
import { useDepartments } from '../../organisation/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FormModal } from '../../../shared/ui/FormModal';
import { StaffSelect } from '../../accounts/components/StaffSelect';
import { schedulingApi } from '../api';
import { dayText } from '../display';
import { useProjectIssues, useSchedulingMutation } from '../hooks';
import { IssueTable } from './IssueTable';

interface Values {
  description: string;
  responsibleDepartmentId: string;
  deadline: Dayjs;
  ownerUserId?: string | null;
}

/** 协调事项 of one project, with raising a new one. */
export function IssuesTab({ projectId }: { projectId: string }) {
  const t = useT();
  const can = useCan();
  const manage = can('schedule:manage');
  const issues = useProjectIssues(projectId);
  const departments = useDepartments(manage);
  const [adding, setAdding] = useState(false);
  const create = useSchedulingMutation((v: Values) =>
    schedulingApi.createIssue(projectId, {
      description: v.description.trim(),
      responsibleDepartmentId: v.responsibleDepartmentId,
      ownerUserId: v.ownerUserId ?? null,
      deadline: dayText(v.deadline)!,
    }),
  );
  return (
    <>
      {manage ? (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
          {t('issue.add')}
        </Button>
      ) : null}
      {issues.isError ? <ApiErrorAlert error={issues.error} /> : null}
      <IssueTable issues={issues.data ?? []} loading={issues.isFetching} />
      {adding ? (
        <FormModal<Values>
          title={t('issue.add')}
          onSubmit={(v) => create.mutate(v, { onSuccess: () => setAdding(false) })}
          onCancel={() => setAdding(false)}
          submitting={create.isPending}
          error={create.error}
        >
          <Form.Item
            name="description"
            label={t('issue.description')}
            rules={[{ required: true, whitespace: true, max: 2000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item
            name="responsibleDepartmentId"
            label={t('issue.department')}
            rules={[{ required: true }]}
          >
            <Select
              options={(departments.data ?? [])
                .filter((d) => d.status === 'active')
                .map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item name="deadline" label={t('issue.deadline')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="ownerUserId" label={t('issue.owner')}>
            <StaffSelect />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}
