import { useState } from 'react';
import { Alert, Button, Modal, Progress, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportProblem, ReportImportResult, ReportTask } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { reportingApi } from '../api';
import { importProblemsOf } from '../findings';
import { useImportReports } from '../hooks';
import { ImportProblemsTable } from '../../../shared/ui/ImportProblemsTable';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string; percent: number }
  | { kind: 'done'; fileName: string; result: ReportImportResult }
  | { kind: 'problems'; fileName: string; problems: ImportProblem[] }
  | { kind: 'failed'; fileName: string; error: unknown };

/**
 * 导入 a month's values of a task: download the template, upload the filled .xlsx with progress. Refused
 * cells come back as 行/列/原因 and nothing is written; the modal stays open for the corrected file.
 */
export function ReportImportModal({ task, onClose }: { task: ReportTask; onClose: () => void }) {
  const t = useT();
  const notifyError = useNotifyError();
  const importFile = useImportReports(task.id);
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
    reportingApi
      .downloadTemplate(task.id, `${task.title}.xlsx`)
      .catch(notifyError)
      .finally(() => setDownloading(false));
  };

  const busy = outcome.kind === 'uploading';
  return (
    <Modal
      open
      title={t('reporting.import.title', { title: task.title })}
      width={760}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      mask={{ closable: false }}
      footer={
        <Button onClick={onClose} disabled={busy}>
          {outcome.kind === 'done' ? t('action.ok') : t('reporting.import.close')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('reporting.import.hint')}</Typography.Paragraph>
      <Typography.Paragraph>
        <Button type="link" icon={<DownloadOutlined />} loading={downloading} onClick={downloadTemplate}>
          {t('reporting.import.template')}
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
        <p className="ant-upload-text">{t('reporting.import.drop')}</p>
        <p className="ant-upload-hint">{t('reporting.import.dropHint')}</p>
      </Upload.Dragger>
      {outcome.kind === 'uploading' ? (
        <div className="kfq-import-progress">
          <Typography.Text>{t('reporting.import.uploading', { name: outcome.fileName })}</Typography.Text>
          <Progress percent={outcome.percent} status="active" />
        </div>
      ) : null}
      {outcome.kind === 'done' ? (
        <Alert
          className="kfq-import-progress"
          type="success"
          showIcon
          title={t('reporting.import.done', { name: outcome.fileName })}
          description={t('reporting.import.counts', { ...outcome.result })}
        />
      ) : null}
      {outcome.kind === 'problems' ? (
        <ImportProblemsTable
          problems={outcome.problems}
          title={t('reporting.import.invalid', { name: outcome.fileName, count: outcome.problems.length })}
          hint={t('reporting.import.invalidHint')}
        />
      ) : null}
      {outcome.kind === 'failed' ? (
        <ApiErrorAlert className="kfq-import-progress" error={outcome.error} />
      ) : null}
    </Modal>
  );
}
