import { App, Button, List, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { allowedFileExtensions, maxUploadBytes, type FileMeta } from '@kaifaqu/contracts';
import { formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { attachmentUrl } from '../api';
import { useUploadAttachment } from '../hooks';

/** A size in bytes as KB/MB with one decimal. */
function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Props of {@link AttachmentsList}. */
export interface AttachmentsListProps {
  enterpriseId: string;
  subParkId: string | null;
  attachments: FileMeta[];
  /** Whether the upload button shows (file:upload, and not a read-only viewer). */
  canUpload: boolean;
}

/** 附件: the enterprise's files with download links, and an upload button for those who may add one. */
export function AttachmentsList({ enterpriseId, subParkId, attachments, canUpload }: AttachmentsListProps) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const upload = useUploadAttachment(enterpriseId, subParkId);
  return (
    <>
      {canUpload ? (
        <div>
          <Upload
            accept={allowedFileExtensions.map((e) => `.${e}`).join(',')}
            showUploadList={false}
            beforeUpload={(file) => {
              if (file.size > maxUploadBytes) {
                void message.error(t('attachment.tooLarge', { mb: maxUploadBytes / 1024 / 1024 }));
                return false;
              }
              upload.mutate(file, {
                onSuccess: () => void message.success(t('attachment.uploaded', { name: file.name })),
                onError: notifyError,
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('attachment.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" className="kfq-attachment-hint">
            {t('attachment.hint', {
              types: allowedFileExtensions.join('、'),
              mb: maxUploadBytes / 1024 / 1024,
            })}
          </Typography.Text>
        </div>
      ) : null}
      <List<FileMeta>
        dataSource={attachments}
        locale={{ emptyText: t('attachment.none') }}
        renderItem={(file) => (
          <List.Item>
            <List.Item.Meta
              avatar={<PaperClipOutlined />}
              title={
                <a href={attachmentUrl(file.id)} download={file.originalName}>
                  {file.originalName}
                </a>
              }
              description={`${sizeText(file.sizeBytes)} · ${formatDateTime(file.createdAt)}`}
            />
          </List.Item>
        )}
      />
    </>
  );
}
