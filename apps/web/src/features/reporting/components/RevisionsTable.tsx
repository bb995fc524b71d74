import { Card, Table, type TableColumnsType } from 'antd';
import type { ReportLine, ReportRevision } from '@kaifaqu/contracts';
import { formatDateTime, formatScaled } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useReportRevisions } from '../hooks';

/** "old → new" of a revised value in the indicator's display unit. */
function change(before: number | null, after: number | null, scale: number): string {
  return before === after
    ? formatScaled(after, scale)
    : `${formatScaled(before, scale)} → ${formatScaled(after, scale)}`;
}

/** The recorded corrections (修订) of an approved report, newest as the server lists them. */
export function RevisionsTable({ reportId, lines }: { reportId: string; lines: ReportLine[] }) {
  const t = useT();
  const revisions = useReportRevisions(reportId, true);
  const byCode = new Map(lines.map((l) => [l.code, l]));
  const unitOf = (code: string) => byCode.get(code)?.unit ?? '';
  const scaleOf = (code: string) => byCode.get(code)?.scale ?? 0;
  const columns: TableColumnsType<ReportRevision> = [
    { title: t('reporting.line.indicator'), dataIndex: 'indicatorName', width: 140 },
    {
      title: t('reporting.line.cumulativeShort'),
      key: 'cumulative',
      width: 220,
      render: (_, r) =>
        `${change(r.oldCumulative, r.newCumulative, scaleOf(r.indicatorCode))} ${unitOf(r.indicatorCode)}`,
    },
    {
      title: t('reporting.line.previousYear'),
      key: 'previousYear',
      width: 220,
      render: (_, r) =>
        `${change(r.oldPreviousYear, r.newPreviousYear, scaleOf(r.indicatorCode))} ${unitOf(r.indicatorCode)}`,
    },
    { title: t('reporting.revision.reason'), dataIndex: 'reason' },
    { title: t('reporting.revision.by'), dataIndex: 'revisedBy', width: 110 },
    {
      title: t('reporting.revision.at'),
      dataIndex: 'revisedAt',
      width: 170,
      render: (v: string) => formatDateTime(v),
    },
  ];
  return (
    <Card size="small" title={t('reporting.revision.title')} className="kfq-report-revisions">
      {revisions.isError ? <ApiErrorAlert error={revisions.error} /> : null}
      <Table<ReportRevision>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={revisions.data ?? []}
        loading={revisions.isFetching}
        pagination={false}
        scroll={{ x: 900 }}
      />
    </Card>
  );
}
