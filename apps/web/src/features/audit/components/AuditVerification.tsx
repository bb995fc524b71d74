import { Alert, Button } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useAuditVerification } from '../hooks';

/** The 校验日志链 button. */
export function VerifyChainButton() {
  const t = useT();
  const verification = useAuditVerification();
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verification.isFetching}
      onClick={() => void verification.refetch()}
    >
      {t('audit.verify')}
    </Button>
  );
}

/** The outcome of the last chain verification: success with the row count, or the first altered row. */
export function VerificationResult() {
  const t = useT();
  const { data, error } = useAuditVerification();
  if (error) return <ApiErrorAlert error={error} />;
  if (!data) return null;
  return data.ok ? (
    <Alert
      className="kfq-block-alert"
      type="success"
      showIcon
      title={t('audit.verifyOk', { count: data.checked })}
    />
  ) : (
    <Alert
      className="kfq-block-alert"
      type="error"
      showIcon
      title={t('audit.verifyBroken', { seq: data.firstBrokenSeq ?? '?' })}
      description={t('audit.verifyBrokenHint', { count: data.checked })}
    />
  );
}
