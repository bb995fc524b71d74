import { useState } from 'react';
import { Checkbox, Form, Select } from 'antd';
import type { CoordinationIssueListQuery, CoordinationIssueStatus } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useDepartments } from '../../organisation/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { IssueTable } from '../components/IssueTable';
import { issueStatusKey } from '../display';
import { useIssues } from '../hooks';

const STATUSES: CoordinationIssueStatus[] = ['open', 'inProgress', 'solved'];

/** 协调事项/督办: every visible coordination issue, filtered by status, overdue, 督办 and department. */
export function CoordinationIssuesPage() {
  const t = useT();
  const can = useCan();
  const departments = useDepartments(can('org:read'));
  const [query, setQuery] = useState<CoordinationIssueListQuery>({});
  const issues = useIssues(query);
  const set = (patch: Partial<CoordinationIssueListQuery>) => setQuery((q) => ({ ...q, ...patch }));
  return (
    <PageContainer title={t('menu.coordinationIssues')} description={t('issue.description.page')}>
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('issue.filter.status')}>
          <Select
            allowClear
            style={{ width: 140 }}
            aria-label={t('issue.filter.status')}
            value={query.status}
            options={STATUSES.map((s) => ({ value: s, label: t(issueStatusKey(s)) }))}
            onChange={(status?: CoordinationIssueStatus) => set({ status })}
          />
        </Form.Item>
        <Form.Item label={t('issue.filter.department')}>
          <Select
            allowClear
            style={{ width: 160 }}
            aria-label={t('issue.filter.department')}
            value={query.departmentId}
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            onChange={(departmentId?: string) => set({ departmentId })}
          />
        </Form.Item>
        <Form.Item>
          <Checkbox
            checked={query.overdue === 'true'}
            onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}
          >
            {t('issue.filter.overdue')}
          </Checkbox>
        </Form.Item>
        <Form.Item>
          <Checkbox
            checked={query.supervised === 'true'}
            onChange={(e) => set({ supervised: e.target.checked ? 'true' : undefined })}
          >
            {t('issue.filter.supervised')}
          </Checkbox>
        </Form.Item>
      </Form>
      {issues.isError ? <ApiErrorAlert error={issues.error} /> : null}
      <IssueTable issues={issues.data ?? []} loading={issues.isFetching} showProject />
    </PageContainer>
  );
}
