import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Popconfirm, Space, Spin } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useReport, useReportMutations } from '../hooks';
import { ReportReadOnly } from './ReportReadOnly';
import { ReportStatusTag } from './ReportStatusTag';
import { ReturnModal } from './ReturnModal';
import { RevisionsTable } from './RevisionsTable';

/** Props of {@link ReviewDrawer}. */
export interface ReviewDrawerProps {
  reportId: string;
  canReview: boolean;
  onClose: () => void;
}

/**
 * 审核: a report as the enterprise submitted it, with its findings and 情况说明, and 审核通过 / 退回 for
 * statistics staff while it waits for review.
 */
export function ReviewDrawer({ reportId, canReview, onClose }: ReviewDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReport(reportId);
  const { approve } = useReportMutations();
  const [returning, setReturning] = useState(false);
  const form = report.data;
  const reviewable = canReview && form?.status === 'submitted';

  const footer = reviewable ? (
    <Space>
      <Button
        danger
        icon={<RollbackOutlined />}
        onClick={() => setReturning(true)}
        disabled={approve.isPending}
      >
        {t('reporting.review.return')}
      </Button>
      <Popconfirm
        title={t('reporting.review.approveConfirm')}
        description={t('reporting.review.approveHint')}
        okText={t('reporting.review.approve')}
        cancelText={t('action.cancel')}
        onConfirm={() =>
          approve.mutate(
            { id: form.id, version: form.version },
            { onSuccess: () => void message.success(t('reporting.review.approved')) },
          )
        }
      >
        <Button type="primary" icon={<CheckOutlined />} loading={approve.isPending}>
          {t('reporting.review.approve')}
        </Button>
      </Popconfirm>
    </Space>
  ) : null;

  return (
    <Drawer
      open
      size={1100}
      title={form ? t('reporting.review.title', { name: form.enterpriseName, period: form.period }) : null}
      extra={form ? <ReportStatusTag status={form.status} /> : null}
      footer={footer}
      onClose={onClose}
      destroyOnHidden
    >
      {report.isPending ? <Spin /> : null}
      {report.isError ? <ApiErrorAlert error={report.error} /> : null}
      {approve.isError ? <ApiErrorAlert error={approve.error} /> : null}
      {form ? (
        <>
          <Descriptions
            size="small"
            className="kfq-report-meta"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: 'creditCode', label: t('reporting.creditCode'), children: form.creditCode },
              {
                key: 'submittedAt',
                label: t('reporting.submittedAt'),
                children: formatDateTime(form.submittedAt),
              },
              {
                key: 'reviewedAt',
                label: t('reporting.reviewedAt'),
                children: formatDateTime(form.reviewedAt),
              },
            ]}
          />
          {form.returnComment && form.status === 'returned' ? (
            <Alert
              className="kfq-block-alert"
              type="warning"
              showIcon
              title={t('reporting.returnComment')}
              description={form.returnComment}
            />
          ) : null}
          <ReportReadOnly form={form} />
          {form.revisionCount > 0 ? <RevisionsTable reportId={form.id} lines={form.lines} /> : null}
        </>
      ) : null}
      {returning && form ? <ReturnModal form={form} onClose={() => setReturning(false)} /> : null}
    </Drawer>
  );
}
