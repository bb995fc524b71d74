import { Alert, Modal, Space, Typography } from 'antd';
import { useT } from '../../../shared/i18n';
import { CopyButton } from '../../../shared/ui/CopyButton';

/** Shows a station's new ingestion key this once, with how a device sends it. */
export function StationKeyModal({ apiKey, onClose }: { apiKey: string; onClose: () => void }) {
  const t = useT();
  return (
    <Modal
      open
      title={t('env.station.keyTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ hidden: true }}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon message={t('env.station.keyOnce')} />
        <Typography.Paragraph code copyable={false} style={{ wordBreak: 'break-all' }}>
          {apiKey}
        </Typography.Paragraph>
        <CopyButton text={apiKey} />
        <Typography.Text type="secondary">{t('env.station.keyUsage')}</Typography.Text>
        <Typography.Paragraph code style={{ wordBreak: 'break-all' }}>
          {`POST /api/v1/monitoring/readings\nAuthorization: Bearer ${apiKey}`}
        </Typography.Paragraph>
      </Space>
    </Modal>
  );
}
