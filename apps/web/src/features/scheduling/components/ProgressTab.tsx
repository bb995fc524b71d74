import { useState } from 'react';
import { Button, Space, Table, type TableColumnsType } from 'antd';
import { PictureOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProgressReport, ProjectDetail } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY, formatWan } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { scaledToText } from '../../../shared/scaled';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { fileUrl } from '../display';
import { useProgressReports } from '../hooks';
import { ProgressFormModal } from './ProgressFormModal';

/** 形象进度: monthly reports with photos, investment this month and to date, works progress %. */
export function ProgressTab({ project }: { project: ProjectDetail }) {
  const t = useT();
  const can = useCan();
  const reports = useProgressReports(project.id);
  const [editing, setEditing] = useState<ProgressReport | null | undefined>(undefined);
  const unit = project.worksQuantityUnit;

  const columns: TableColumnsType<ProgressReport> = [
    { title: t('progress.period'), dataIndex: 'period', width: 90 },
    { title: t('progress.note'), dataIndex: 'progressNote', width: 260, ellipsis: true },
    {
      title: t('progress.photos'),
      dataIndex: 'photoFileIds',
      width: 120,
      render: (ids: string[]) =>
        ids.length === 0 ? (
          EMPTY
        ) : (
          <Space size={4} wrap>
            {ids.map((id, i) => (
              <a
                key={id}
                href={fileUrl(id)}
                target="_blank"
                rel="noreferrer"
                aria-label={`${t('progress.photos')} ${i + 1}`}
              >
                <PictureOutlined />
              </a>
            ))}
          </Space>
        ),
    },
    {
      title: t('progress.thisMonth'),
      dataIndex: 'investmentThisMonthFen',
      align: 'right',
      width: 150,
      render: formatWan,
    },
    {
      title: t('progress.cumulative'),
      dataIndex: 'investmentCumulativeFen',
      align: 'right',
      width: 150,
      render: formatWan,
    },
  ];
  if (unit)
    columns.push(
      {
        title: t('progress.quantityDone', { unit }),
        dataIndex: 'quantityDoneCenti',
        align: 'right',
        width: 140,
        render: (v: number | null) => (v === null ? EMPTY : scaledToText(v, 2)),
      },
      {
        title: t('progress.percent'),
        dataIndex: 'progressPercent',
        align: 'right',
        width: 100,
        render: (v: number | null) => (v === null ? EMPTY : `${v.toFixed(2)}%`),
      },
    );
  if (can('schedule:manage'))
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => setEditing(r)}>
          {t('action.edit')}
        </Button>
      ),
    });

  return (
    <>
      {can('schedule:manage') ? (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing(null)}>
          {t('progress.add')}
        </Button>
      ) : null}
      {reports.isError ? <ApiErrorAlert error={reports.error} /> : null}
      <Table<ProgressReport>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={reports.data ?? []}
        loading={reports.isFetching}
        pagination={false}
        scroll={{ x: 1200 }}
        locale={{ emptyText: t('progress.empty') }}
      />
      {editing !== undefined ? (
        <ProgressFormModal project={project} report={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </>
  );
}
