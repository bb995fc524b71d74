import { useState } from 'react';
import { Alert, Button, Modal, Progress, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportProblem, ImportResult } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { enterprisesApi, importProblemsOf } from '../api';
import { useImportEnterprises } from '../hooks';
import { ImportProblemsTable } from '../../../shared/ui/ImportProblemsTable';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string; percent: number }
  | { kind: 'done'; fileName: string; result: ImportResult }
  | { kind: 'problems'; fileName: string; problems: ImportProblem[] }
  | { kind: 'failed'; fileName: string; error: unknown };

/**
 * 导入: download the template, upload one .xlsx with progress. Rows that fail come back as a table of
 * 行/列/原因 and nothing is written; the modal stays open so the corrected file can be uploaded again.
 */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const notifyError = useNotifyError();
  const importFile = useImportEnterprises();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [downloading, setDownloading] = useState(false);

  const start = (file: File) => {
    const fileName = file.name;
    setOutcome({ kind: 'uploading', fileName, percent: 0 });
    importFile.mutate(
      {
        file,
        onProgress: (percent) => setOutcome((o) => (o.kind === 'uploading' ? { ...o, percent } : o)),
      },
      {
        onSuccess: (result) => setOutcome({ kind: 'done', fileName, result }),
        onError: (error) => {
          const problems = importProblemsOf(error);
          setOutcome(
            problems ? { kind: 'problems', fileName, problems } : { kind: 'failed', fileName, error },
          );
        },
      },
    );
  };

  const downloadTemplate = () => {
    setDownloading(true);
    enterprisesApi
      .downloadTemplate()
      .catch(notifyError)
      .finally(() => setDownloading(false));
  };

  const busy = outcome.kind === 'uploading';
  return (
    <Modal
      open
      title={t('enterprise.importTitle')}
      width={760}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      mask={{ closable: false }}
      footer={
        <Button onClick={onClose} disabled={busy}>
          {outcome.kind === 'done' ? t('action.ok') : t('enterprise.importClose')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('enterprise.importHint')}</Typography.Paragraph>
      <Typography.Paragraph>
        <Button type="link" icon={<DownloadOutlined />} loading={downloading} onClick={downloadTemplate}>
          {t('enterprise.importTemplate')}
        </Button>
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('enterprise.importDrop')}</p>
        <p className="ant-upload-hint">{t('enterprise.importDropHint')}</p>
      </Upload.Dragger>
      {outcome.kind === 'uploading' ? (
        <div className="kfq-import-progress">
          <Typography.Text>{t('enterprise.importUploading', { name: outcome.fileName })}</Typography.Text>
          <Progress percent={outcome.percent} status="active" />
        </div>
      ) : null}
      {outcome.kind === 'done' ? (
        <Alert
          className="kfq-import-progress"
          type="success"
          showIcon
          title={t('enterprise.importDone', { name: outcome.fileName })}
          description={t('enterprise.importCounts', { ...outcome.result })}
        />
      ) : null}
      {outcome.kind === 'problems' ? (
        <ImportProblemsTable
          problems={outcome.problems}
          title={t('enterprise.importInvalid', { name: outcome.fileName, count: outcome.problems.length })}
          hint={t('enterprise.importInvalidHint')}
        />
      ) : null}
      {outcome.kind === 'failed' ? (
        <ApiErrorAlert className="kfq-import-progress" error={outcome.error} />
      ) : null}
    </Modal>
  );
}
