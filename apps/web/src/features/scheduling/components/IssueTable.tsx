import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Space, Table, type TableColumnsType } from 'antd';
import type { CoordinationIssue } from '@kaifaqu/contracts';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useCan } from '../../auth/hooks';
import { EMPTY } from '../../../shared/format';
import { useDynamicT, useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { schedulingApi } from '../api';
import { IssueStatusTags, dayText } from '../display';
import { useSchedulingMutation } from '../hooks';

/** Props of {@link IssueTable}. */
export interface IssueTableProps {
  issues: CoordinationIssue[];
  loading?: boolean;
  /** Show the project column (lists across projects). */
  showProject?: boolean;
}

/** Coordination issues with status, overdue and 督办 tags, and the moves open → inProgress → solved. */
export function IssueTable({ issues, loading, showProject }: IssueTableProps) {
  const t = useT();
  const dynamicT = useDynamicT();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [solving, setSolving] = useState<CoordinationIssue | undefined>(undefined);
  const start = useSchedulingMutation((i: CoordinationIssue) =>
    schedulingApi.transitionIssue(i.id, { to: 'inProgress', version: i.version }),
  );
  const solve = useSchedulingMutation((v: { solution: string; solvedOn?: Dayjs }) =>
    schedulingApi.transitionIssue(solving!.id, {
      to: 'solved',
      solution: v.solution.trim(),
      ...(v.solvedOn ? { solvedOn: dayText(v.solvedOn)! } : {}),
      version: solving!.version,
    }),
  );

  const columns: TableColumnsType<CoordinationIssue> = [];
  if (showProject)
    columns.push({
      title: t('scheduling.project'),
      dataIndex: 'projectName',
      width: 160,
      render: (name: string, i) => <Link to={`/projects/${i.projectId}`}>{name}</Link>,
    });
  columns.push(
    { title: t('issue.description'), dataIndex: 'description', width: 260, ellipsis: true },
    {
      title: t('issue.stage'),
      dataIndex: 'stage',
      width: 100,
      render: (s: string) => dynamicT(`projects.stage.${s}`, s),
    },
    { title: t('issue.department'), dataIndex: 'responsibleDepartmentName', width: 120 },
    { title: t('issue.deadline'), dataIndex: 'deadline', width: 110 },
    { title: t('issue.status'), key: 'status', width: 170, render: (_, i) => <IssueStatusTags issue={i} /> },
    {
      title: t('issue.solution'),
      dataIndex: 'solution',
      width: 160,
      ellipsis: true,
      render: (v: string) => v || EMPTY,
    },
  );
  if (can('schedule:manage'))
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      render: (_, i) =>
        i.status === 'solved' ? null : (
          <Space size={0}>
            {i.status === 'open' ? (
              <Button
                type="link"
                size="small"
                aria-label={`${t('issue.start')}:${i.description}`}
                onClick={() =>
                  start.mutate(i, {
                    onSuccess: () => void message.success(t('issue.moved')),
                    onError: notifyError,
                  })
                }
              >
                {t('issue.start')}
              </Button>
            ) : null}
            <Button
              type="link"
              size="small"
              aria-label={`${t('issue.solve')}:${i.description}`}
              onClick={() => setSolving(i)}
            >
              {t('issue.solve')}
            </Button>
          </Space>
        ),
    });

  return (
    <>
      <Table<CoordinationIssue>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={issues}
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1240 }}
        locale={{ emptyText: t('issue.empty') }}
      />
      {solving ? (
        <FormModal<{ solution: string; solvedOn?: Dayjs }>
          title={`${t('issue.solve')}:${solving.description}`}
          onSubmit={(v) => solve.mutate(v, { onSuccess: () => setSolving(undefined) })}
          onCancel={() => setSolving(undefined)}
          submitting={solve.isPending}
          error={solve.error}
        >
          <Form.Item
            name="solution"
            label={t('issue.solution')}
            rules={[{ required: true, whitespace: true, max: 2000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="solvedOn" label={t('issue.solvedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}
