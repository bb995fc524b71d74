import { Table, type TableColumnsType } from 'antd';
import type { ReportStatus } from '@kaifaqu/contracts';
import type { EnterpriseFileSectionViewProps } from '../../enterprises/file-sections';
import { useT } from '../../../shared/i18n';
import { amountText } from '../display';
import { ReportStatusTag } from './ReportStatusTag';

/** One indicator's values in a report of the section (as the server's 'indicatorHistory' section sends them). */
interface HistoryValue {
  code: string;
  name: string;
  unit: string;
  scale: number;
  cumulative: number | null;
  previousYear: number | null;
}

interface HistoryReport {
  period: string;
  status: ReportStatus;
  values: HistoryValue[];
}

/** The main indicators shown, in the order the committee reads them. */
const MAIN = ['grossOutput', 'valueAdded', 'revenue', 'tax', 'employees'];

/** The section's reports, tolerating a missing or malformed payload (it is typed `unknown` on the wire). */
function reportsOf(data: unknown): HistoryReport[] {
  const reports = (data as { reports?: unknown } | null)?.reports;
  return Array.isArray(reports) ? (reports as HistoryReport[]) : [];
}

/**
 * 一企一档 · 经济指标: the enterprise's last 24 months of submitted and approved reports, one row per
 * period, with 工业总产值, 工业增加值, 营业收入, 税金总额 and 从业人员 (1–N月 cumulative) and the status.
 */
export function IndicatorHistorySection({ section }: EnterpriseFileSectionViewProps) {
  const t = useT();
  const reports = reportsOf(section.data);
  // Name and unit of each main indicator from the first report carrying it.
  const heads = MAIN.flatMap((code) => {
    const value = reports.flatMap((r) => r.values).find((v) => v.code === code);
    return value ? [value] : [];
  });
  const columns: TableColumnsType<HistoryReport> = [
    { title: t('economy.period'), dataIndex: 'period', width: 100, fixed: 'left' },
    ...heads.map((head) => ({
      title: `${head.name}(${head.unit})`,
      key: head.code,
      align: 'right' as const,
      width: 140,
      render: (_v: unknown, r: HistoryReport) => {
        const value = r.values.find((v) => v.code === head.code);
        return <span className="kfq-figure">{amountText(value?.cumulative, value ?? head)}</span>;
      },
    })),
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (status: ReportStatus) => <ReportStatusTag status={status} />,
    },
  ];
  return (
    <Table<HistoryReport>
      rowKey="period"
      size="small"
      columns={columns}
      dataSource={reports}
      scroll={{ x: 100 + heads.length * 140 + 90 }}
      pagination={reports.length > 12 ? { pageSize: 12, showSizeChanger: false, size: 'small' } : false}
      locale={{ emptyText: t('economy.noReports') }}
    />
  );
}
