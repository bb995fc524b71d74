import { useMemo, useState } from 'react';
import { App, Button, DatePicker, Form, Popconfirm, Select, Space, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { TargetProgress } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useDepartments } from '../../organisation/hooks';
import { EMPTY, formatPercent } from '../../../shared/format';
import { useLocale, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { ProgressGapTag } from '../components/ProgressGapTag';
import { TargetFormModal } from '../components/TargetFormModal';
import { useDeleteTarget, useTargetProgress, useTargetSubjects } from '../hooks';
import { formatTargetValue, subjectName } from '../target-value';

/** This year, and the last month whose figures are normally in (1–N月 reports arrive the month after). */
function defaultPeriod(): { year: number; month: number } {
  const now = dayjs();
  return { year: now.year(), month: Math.max(1, now.month()) };
}

/** 目标任务: each annual target with its actual to date, 完成率, 序时进度 and the gap between them. */
export function TargetsPage() {
  const t = useT();
  const { locale } = useLocale();
  const can = useCan();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const manage = can('target:manage');
  const [{ year, month }, setPeriod] = useState(defaultPeriod);
  const progress = useTargetProgress(year, month);
  const subjects = useTargetSubjects(manage);
  const departments = useDepartments(can('org:read'));
  const remove = useDeleteTarget();
  // undefined: closed; null: creating; a row: editing it.
  const [editing, setEditing] = useState<TargetProgress | null | undefined>(undefined);

  const departmentNames = useMemo(
    () => new Map((departments.data ?? []).map((d) => [d.id, d.name])),
    [departments.data],
  );
  const rows = useMemo(() => progress.data ?? [], [progress.data]);
  const taken = useMemo(() => new Set(rows.map((r) => `${r.subjectKind}/${r.subjectCode}`)), [rows]);
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: i + 1,
    label: t('targets.monthThrough', { month: i + 1 }),
  }));

  const columns: TableColumnsType<TargetProgress> = [
    {
      title: t('targets.subject'),
      key: 'subject',
      width: 160,
      render: (_, r) => (r.subject ? subjectName(r.subject, locale) : `${r.subjectKind}/${r.subjectCode}`),
    },
    {
      title: t('targets.owner'),
      dataIndex: 'ownerDepartmentId',
      width: 120,
      render: (id: string) => departmentNames.get(id) ?? EMPTY,
    },
    {
      title: t('targets.target'),
      key: 'target',
      align: 'right',
      width: 140,
      render: (_, r) => formatTargetValue(r.targetValue, r.subject),
    },
    {
      title: t('targets.actual'),
      key: 'actual',
      align: 'right',
      width: 140,
      render: (_, r) => formatTargetValue(r.actual, r.subject),
    },
    {
      title: t('targets.completionRate'),
      dataIndex: 'completionRate',
      align: 'right',
      width: 90,
      render: (v: number | null) => formatPercent(v),
    },
    {
      title: t('targets.timeElapsed'),
      dataIndex: 'timeElapsedProgress',
      align: 'right',
      width: 90,
      render: (v: number) => formatPercent(v),
    },
    { title: t('targets.gap'), key: 'gap', width: 210, render: (_, r) => <ProgressGapTag progress={r} /> },
    {
      title: t('targets.note'),
      dataIndex: 'note',
      width: 120,
      ellipsis: true,
      render: (v: string | null) => v || EMPTY,
    },
  ];
  if (manage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(r)}>
            {t('action.edit')}
          </Button>
          <Popconfirm
            title={t('targets.deleteConfirm')}
            okText={t('action.ok')}
            cancelText={t('action.cancel')}
            onConfirm={() =>
              remove.mutate(
                { id: r.id, version: r.version },
                { onSuccess: () => void message.success(t('targets.deleted')), onError: notifyError },
              )
            }
          >
            <Button type="link" size="small" danger>
              {t('targets.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <PageContainer
      title={t('menu.targets')}
      description={t('targets.description')}
      extra={
        manage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            disabled={!subjects.data}
          >
            {t('targets.create', { year })}
          </Button>
        ) : undefined
      }
    >
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('targets.year')}>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            onChange={(d) => (d ? setPeriod({ year: d.year(), month }) : undefined)}
            aria-label={t('targets.year')}
          />
        </Form.Item>
        <Form.Item label={t('targets.month')}>
          <Select
            value={month}
            options={months}
            onChange={(m: number) => setPeriod({ year, month: m })}
            aria-label={t('targets.month')}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Form>
      {progress.isError ? <ApiErrorAlert error={progress.error} /> : null}
      <Table<TargetProgress>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={progress.isFetching}
        pagination={false}
        scroll={{ x: 1180 }}
        locale={{ emptyText: t('targets.empty', { year }) }}
      />
      {editing !== undefined && subjects.data ? (
        <TargetFormModal
          year={year}
          target={editing}
          subjects={subjects.data}
          departments={departments.data ?? []}
          taken={taken}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </PageContainer>
  );
}
