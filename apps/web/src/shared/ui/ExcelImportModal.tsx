import { useState, type ReactNode } from 'react';
import { Alert, Button, Modal, Progress, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportProblem } from '@kaifaqu/contracts';
import { useT } from '../i18n';
import type { ProgressHandler } from '../upload';
import { ApiErrorAlert } from './ApiErrorAlert';
import { ImportProblemsTable } from './ImportProblemsTable';
import { useNotifyError } from './use-notify-error';

type Outcome<R> =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string; percent: number }
  | { kind: 'done'; fileName: string; result: R }
  | { kind: 'problems'; fileName: string; problems: ImportProblem[] }
  | { kind: 'failed'; fileName: string; error: unknown };

/** The texts an importer shows; each receives what it needs to say. */
export interface ExcelImportTexts<R> {
  title: string;
  hint: string;
  template: string;
  drop: string;
  dropHint: string;
  close: string;
  uploading(fileName: string): string;
  done(fileName: string): string;
  counts(result: R): ReactNode;
  invalid(fileName: string, count: number): string;
  invalidHint: string;
}

/** What differs between importers: the calls and the texts. */
export interface ExcelImportModalProps<R> {
  texts: ExcelImportTexts<R>;
  downloadTemplate(): Promise<void>;
  upload(file: File, onProgress: ProgressHandler): Promise<R>;
  /** The row/column/reason problems of a refused file, or null for any other error. */
  problemsOf(error: unknown): ImportProblem[] | null;
  onClose(): void;
}

/**
 * Every Excel importer's dialog: download the template, upload one .xlsx with progress. A refused file
 * comes back as a table of 行/列/原因 and nothing is written; the dialog stays open for the corrected file.
 */
export function ExcelImportModal<R>({
  texts,
  downloadTemplate,
  upload,
  problemsOf,
  onClose,
}: ExcelImportModalProps<R>) {
  const t = useT();
  const notifyError = useNotifyError();
  const [outcome, setOutcome] = useState<Outcome<R>>({ kind: 'idle' });
  const [downloading, setDownloading] = useState(false);

  const start = (file: File) => {
    const fileName = file.name;
    setOutcome({ kind: 'uploading', fileName, percent: 0 });
    upload(file, (percent) => setOutcome((o) => (o.kind === 'uploading' ? { ...o, percent } : o))).then(
      (result) => setOutcome({ kind: 'done', fileName, result }),
      (error: unknown) => {
        const problems = problemsOf(error);
        setOutcome(problems ? { kind: 'problems', fileName, problems } : { kind: 'failed', fileName, error });
      },
    );
  };

  const onDownload = () => {
    setDownloading(true);
    downloadTemplate()
      .catch(notifyError)
      .finally(() => setDownloading(false));
  };

  const busy = outcome.kind === 'uploading';
  return (
    <Modal
      open
      title={texts.title}
      width={760}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      mask={{ closable: false }}
      footer={
        <Button onClick={onClose} disabled={busy}>
          {outcome.kind === 'done' ? t('action.ok') : texts.close}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{texts.hint}</Typography.Paragraph>
      <Typography.Paragraph>
        <Button type="link" icon={<DownloadOutlined />} loading={downloading} onClick={onDownload}>
          {texts.template}
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
        <p className="ant-upload-text">{texts.drop}</p>
        <p className="ant-upload-hint">{texts.dropHint}</p>
      </Upload.Dragger>
      {outcome.kind === 'uploading' ? (
        <div className="kfq-import-progress">
          <Typography.Text>{texts.uploading(outcome.fileName)}</Typography.Text>
          <Progress percent={outcome.percent} status="active" />
        </div>
      ) : null}
      {outcome.kind === 'done' ? (
        <Alert
          className="kfq-import-progress"
          type="success"
          showIcon
          title={texts.done(outcome.fileName)}
          description={texts.counts(outcome.result)}
        />
      ) : null}
      {outcome.kind === 'problems' ? (
        <ImportProblemsTable
          problems={outcome.problems}
          title={texts.invalid(outcome.fileName, outcome.problems.length)}
          hint={texts.invalidHint}
        />
      ) : null}
      {outcome.kind === 'failed' ? (
        <ApiErrorAlert className="kfq-import-progress" error={outcome.error} />
      ) : null}
    </Modal>
  );
}
