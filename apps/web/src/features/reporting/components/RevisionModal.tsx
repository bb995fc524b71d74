import { useState } from 'react';
import { Alert, App, Input, Modal, Spin, Typography } from 'antd';
import type { ReportCheck, ReportForm } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { changedValues, initialDrafts, type Drafts } from '../form-state';
import { useReport, useReportMutations } from '../hooks';
import { monthOf } from './ReportReadOnly';
import { ReportLinesTable } from './ReportLinesTable';

const NO_FINDINGS = new Map<string, ReportCheck[]>();

/** The correction form of a loaded approved report: change values, give the reason, save as a revision. */
function RevisionForm({ form, onClose }: { form: ReportForm; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { revise } = useReportMutations();
  const [drafts, setDrafts] = useState<Drafts>(() => initialDrafts(form, false));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const onValue = (code: string, field: 'cumulative' | 'previousYear', text: string) =>
    setDrafts((d) => {
      const line = d[code] ?? { cumulative: '', previousYear: '', prefilled: false };
      return { ...d, [code]: { ...line, [field]: text } };
    });

  const save = () => {
    const values = changedValues(form, drafts);
    if (values === null) return setProblem(t('reporting.revision.invalid'));
    if (values.length === 0) return setProblem(t('reporting.revision.nothingChanged'));
    if (reason.trim().length < 2) return setProblem(t('reporting.revision.reasonRequired'));
    setProblem(null);
    revise.mutate(
      { id: form.id, body: { values, reason: reason.trim(), version: form.version } },
      {
        onSuccess: () => {
          void message.success(t('reporting.revision.saved'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      width={960}
      title={t('reporting.revision.modalTitle', { name: form.enterpriseName, period: form.period })}
      okText={t('reporting.revision.save')}
      cancelText={t('action.cancel')}
      onOk={save}
      onCancel={onClose}
      confirmLoading={revise.isPending}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">{t('reporting.revision.hint')}</Typography.Paragraph>
      {problem ? <Alert className="kfq-block-alert" type="error" showIcon title={problem} /> : null}
      {revise.isError ? <ApiErrorAlert error={revise.error} /> : null}
      <ReportLinesTable
        lines={form.lines}
        month={monthOf(form.period)}
        findings={NO_FINDINGS}
        explanations={{}}
        editing={{ drafts, onValue, onExplain: () => undefined, disabled: revise.isPending }}
        hideFindings
      />
      <label className="kfq-report-reason">
        <span className="kfq-report-required">{t('reporting.revision.reason')}</span>
        <Input.TextArea
          value={reason}
          rows={3}
          maxLength={500}
          showCount
          placeholder={t('reporting.revision.reasonPlaceholder')}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
    </Modal>
  );
}

/** 修订: correct an approved (locked) report; the changed values and the reason are recorded. */
export function RevisionModal({ reportId, onClose }: { reportId: string; onClose: () => void }) {
  const report = useReport(reportId);
  if (report.data) return <RevisionForm form={report.data} onClose={onClose} />;
  return (
    <Modal open footer={null} onCancel={onClose}>
      {report.isError ? <ApiErrorAlert error={report.error} /> : <Spin />}
    </Modal>
  );
}
