import { Button, Space, type TableColumnsType } from 'antd';
import type { ReportListItem } from '@kaifaqu/contracts';
import { formatDateTime } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { ReportStatusTag } from './components/ReportStatusTag';

/** What the row actions open. */
export interface ReportRowActions {
  /** Opens the review drawer (审核 for submitted reports, 查看 otherwise). */
  onOpen: (report: ReportListItem) => void;
  /** Opens the 修订 modal; absent without report:review. */
  onRevise?: (report: ReportListItem) => void;
  canReview: boolean;
}

/** The columns of a task's reports: enterprise, credit code, status, submission, revisions, actions. */
export function useTaskReportColumns(actions: ReportRowActions): TableColumnsType<ReportListItem> {
  const t = useT();
  return [
    {
      title: t('reporting.enterprise'),
      dataIndex: 'enterpriseName',
      width: 240,
      fixed: 'left',
      render: (name: string, r) => (
        <Button type="link" className="kfq-link-button" onClick={() => actions.onOpen(r)}>
          {name}
        </Button>
      ),
    },
    {
      title: t('reporting.creditCode'),
      dataIndex: 'creditCode',
      width: 190,
      render: (code: string) => <span className="kfq-file-code">{code}</span>,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (_, r) => <ReportStatusTag status={r.status} />,
    },
    {
      title: t('reporting.submittedAt'),
      dataIndex: 'submittedAt',
      width: 170,
      render: (v: string | null) => formatDateTime(v),
    },
    {
      title: t('reporting.reviewedAt'),
      dataIndex: 'reviewedAt',
      width: 170,
      render: (v: string | null) => formatDateTime(v),
    },
    { title: t('reporting.revisionCount'), dataIndex: 'revisionCount', width: 90, align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => actions.onOpen(r)}>
            {r.status === 'submitted' && actions.canReview ? t('reporting.review.open') : t('action.view')}
          </Button>
          {r.status === 'approved' && actions.onRevise ? (
            <Button type="link" size="small" onClick={() => actions.onRevise?.(r)}>
              {t('reporting.revision.open')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
}
