import { Link, useParams } from 'react-router';
import { Button, Card, Result, Spin, Tabs } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { ErrorCode } from '@kaifaqu/contracts';
import { useCan, useMe } from '../../auth/hooks';
import { isApiError } from '../../../shared/http';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { AttachmentsList } from '../components/AttachmentsList';
import { ChangeHistoryTable } from '../components/ChangeHistoryTable';
import { EnterpriseBasicInfo } from '../components/EnterpriseBasicInfo';
import { EnterpriseFileActions } from '../components/EnterpriseFileActions';
import { EnterpriseStatusTag } from '../components/EnterpriseStatusTag';
import { FileSectionCards } from '../components/FileSectionCards';
import { LifecycleTimeline } from '../components/LifecycleTimeline';
import { QualificationsTable } from '../components/QualificationsTable';
import { useEnterpriseFile } from '../hooks';
import { useEnterpriseLookups } from '../lookups';

/** Shown for an id that does not exist or lies outside the user's scope (the API answers both alike). */
function EnterpriseNotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('enterprise.notFound')}
      subTitle={t('enterprise.notFoundHint')}
      extra={
        <Link to="/enterprises">
          <Button type="primary">{t('enterprise.backToList')}</Button>
        </Link>
      }
    />
  );
}

/** 一企一档: everything the zone knows about one enterprise, with the actions the user may take. */
export function EnterpriseFilePage() {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const { id = '' } = useParams();
  const file = useEnterpriseFile(id);
  const lookups = useEnterpriseLookups();
  if (file.isPending) {
    return (
      <div className="kfq-page-spin">
        <Spin />
      </div>
    );
  }
  if (file.isError) {
    // A malformed id fails validation (400) where a foreign one answers 404: both mean "no such enterprise".
    const missing =
      isApiError(file.error, ErrorCode.notFound) || isApiError(file.error, ErrorCode.validationFailed);
    return missing ? <EnterpriseNotFound /> : <ApiErrorAlert error={file.error} />;
  }
  const { enterprise, qualifications, history, attachments, sections } = file.data;
  const staff = me.scope.kind !== 'enterprise';
  const tabs = [
    {
      key: 'basic',
      label: t('enterprise.tabBasic'),
      children: <EnterpriseBasicInfo enterprise={enterprise} lookups={lookups} />,
    },
    {
      key: 'qualifications',
      label: t('enterprise.tabQualifications', { count: qualifications.length }),
      children: (
        <QualificationsTable
          enterpriseId={enterprise.id}
          qualifications={qualifications}
          canRevoke={staff && can('enterprise:manage')}
        />
      ),
    },
    {
      key: 'lifecycle',
      label: t('enterprise.tabLifecycle'),
      children: <LifecycleTimeline statuses={history.statuses} />,
    },
    {
      key: 'changes',
      label: t('enterprise.tabChanges'),
      children: <ChangeHistoryTable changes={history.changes} lookups={lookups} />,
    },
    {
      key: 'attachments',
      label: t('enterprise.tabAttachments', { count: attachments.length }),
      children: (
        <AttachmentsList
          enterpriseId={enterprise.id}
          subParkId={enterprise.subParkId}
          attachments={attachments}
          canUpload={staff && can('file:upload')}
        />
      ),
    },
  ];
  return (
    <PageContainer
      title={
        <span className="kfq-file-head">
          {enterprise.name}
          <EnterpriseStatusTag status={enterprise.status} />
        </span>
      }
      description={
        <span>
          <Link to="/enterprises">
            <ArrowLeftOutlined /> {t('menu.enterprises')}
          </Link>
          {' · '}
          {t('enterprise.creditCode')} <span className="kfq-file-code">{enterprise.creditCode}</span>
        </span>
      }
      extra={<EnterpriseFileActions enterprise={enterprise} />}
    >
      <div className="kfq-file-sections">
        <Card className="kfq-section-card" aria-label={t('enterprise.file')}>
          <Tabs items={tabs} />
        </Card>
        <FileSectionCards sections={sections} enterprise={enterprise} />
      </div>
    </PageContainer>
  );
}
