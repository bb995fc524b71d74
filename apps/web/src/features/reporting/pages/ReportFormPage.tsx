import { Link, useParams } from 'react-router';
import { Alert, Button, Descriptions, Result, Spin } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { ErrorCode } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { formatDateTime } from '../../../shared/format';
import { isApiError } from '../../../shared/http';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { ReportEditor } from '../components/ReportEditor';
import { monthOf, ReportReadOnly } from '../components/ReportReadOnly';
import { ReportStatusTag } from '../components/ReportStatusTag';
import { RevisionsTable } from '../components/RevisionsTable';
import { isEditable } from '../form-state';
import { useReport } from '../hooks';

/** Shown for a report that does not exist or belongs to another enterprise (the API answers both alike). */
function ReportNotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('reporting.form.notFound')}
      extra={
        <Link to="/reports">
          <Button type="primary">{t('reporting.form.backToList')}</Button>
        </Link>
      }
    />
  );
}

/** 企业月报 of one month: the form while it may be changed, read-only once submitted or approved. */
export function ReportFormPage() {
  const t = useT();
  const can = useCan();
  const { id = '' } = useParams();
  const report = useReport(id);
  if (report.isPending) {
    return (
      <div className="kfq-page-spin">
        <Spin />
      </div>
    );
  }
  if (report.isError) {
    const missing =
      isApiError(report.error, ErrorCode.notFound) || isApiError(report.error, ErrorCode.validationFailed);
    return missing ? <ReportNotFound /> : <ApiErrorAlert error={report.error} />;
  }
  const form = report.data;
  const editable = isEditable(form) && can('report:fill');
  return (
    <PageContainer
      title={t('reporting.form.title', { period: form.period })}
      description={form.enterpriseName}
      extra={
        <Link to="/reports">
          <Button icon={<ArrowLeftOutlined />}>{t('reporting.form.backToList')}</Button>
        </Link>
      }
    >
      <Descriptions
        size="small"
        className="kfq-report-meta"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'status', label: t('common.status'), children: <ReportStatusTag status={form.status} /> },
          { key: 'period', label: t('reporting.period'), children: form.period },
          { key: 'deadline', label: t('reporting.deadline'), children: form.deadline },
          {
            key: 'submittedAt',
            label: t('reporting.submittedAt'),
            children: formatDateTime(form.submittedAt),
          },
        ]}
      />
      {editable ? (
        <ReportEditor key={form.id} form={form} month={monthOf(form.period)} />
      ) : (
        <>
          <Alert
            className="kfq-block-alert"
            type={form.status === 'approved' ? 'success' : 'info'}
            showIcon
            title={t(`reporting.form.readOnly.${form.status}`)}
          />
          <ReportReadOnly form={form} />
        </>
      )}
      {form.revisionCount > 0 ? <RevisionsTable reportId={form.id} lines={form.lines} /> : null}
    </PageContainer>
  );
}
