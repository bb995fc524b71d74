import { useMemo, useState } from 'react';
import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { CheckOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { ReportCheck, ReportForm } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { findingsByCode, findingsOfError } from '../findings';
import { buildSaveBody, initialDrafts, initialExplanations, type Drafts } from '../form-state';
import { useCheckReport, useReportMutations } from '../hooks';
import { ReportLinesTable } from './ReportLinesTable';

/** The outcome shown above the table after 校验 or a refused 提交. */
type Verdict = { kind: 'none' } | { kind: 'passed' } | { kind: 'failed'; submit: boolean };

/**
 * The enterprise's form: type the values, 保存草稿, 校验 (findings without saving) and 提交. Hard findings
 * must be fixed; soft ones need a 情况说明. Mount it per report (key by id): it keeps what was typed.
 */
export function ReportEditor({ form, month }: { form: ReportForm; month: number }) {
  const t = useT();
  const { message } = App.useApp();
  const [drafts, setDrafts] = useState<Drafts>(() => initialDrafts(form));
  const [explanations, setExplanations] = useState(() => initialExplanations(form));
  const [checks, setChecks] = useState<ReportCheck[]>(() =>
    form.status === 'notStarted' ? [] : form.checks,
  );
  const [verdict, setVerdict] = useState<Verdict>({ kind: 'none' });
  const [failure, setFailure] = useState<unknown>(null);
  const mutations = useReportMutations();
  const check = useCheckReport();
  const findings = useMemo(() => findingsByCode(checks), [checks]);
  const busy = mutations.save.isPending || mutations.submit.isPending || check.isPending;

  const onValue = (code: string, field: 'cumulative' | 'previousYear', text: string) =>
    setDrafts((d) => {
      const line = d[code] ?? { cumulative: '', previousYear: '', prefilled: false };
      const prefilled = field === 'previousYear' ? false : line.prefilled;
      return { ...d, [code]: { ...line, [field]: text, prefilled } };
    });
  const onExplain = (code: string, text: string) => setExplanations((e) => ({ ...e, [code]: text }));

  /** The request body, or null (with a message) while some text is not a number. */
  const body = () => {
    const built = buildSaveBody(form, drafts, explanations);
    if (built.invalid.length === 0) return built.body;
    const names = form.lines.filter((l) => built.invalid.includes(l.code)).map((l) => l.name);
    void message.error(t('reporting.form.fixNumbers', { names: names.join('、') }));
    return null;
  };

  const save = () => {
    const b = body();
    if (!b) return;
    setFailure(null);
    mutations.save.mutate(
      { id: form.id, body: b },
      { onSuccess: () => void message.success(t('reporting.form.saved')), onError: setFailure },
    );
  };

  const runCheck = () => {
    const b = body();
    if (!b) return;
    setFailure(null);
    check.mutate(
      { id: form.id, body: b },
      {
        onSuccess: (found) => {
          setChecks(found);
          const blocking = found.some((f) => f.severity === 'hard' || !f.explained);
          setVerdict(blocking ? { kind: 'failed', submit: false } : { kind: 'passed' });
        },
        onError: setFailure,
      },
    );
  };

  const submit = () => {
    const b = body();
    if (!b) return;
    setFailure(null);
    mutations.submit.mutate(
      { id: form.id, body: b },
      {
        onSuccess: () => void message.success(t('reporting.form.submitted')),
        onError: (error) => {
          const found = findingsOfError(error);
          if (found) {
            setChecks(found);
            setVerdict({ kind: 'failed', submit: true });
          } else {
            setFailure(error);
          }
        },
      },
    );
  };

  const hard = checks.filter((c) => c.severity === 'hard').length;
  const soft = checks.filter((c) => c.severity === 'soft' && !c.explained).length;
  return (
    <>
      {form.status === 'returned' && form.returnComment ? (
        <Alert
          className="kfq-block-alert"
          type="error"
          showIcon
          title={t('reporting.form.returnedTitle')}
          description={form.returnComment}
        />
      ) : null}
      {verdict.kind === 'passed' ? (
        <Alert className="kfq-block-alert" type="success" showIcon title={t('reporting.form.checkPassed')} />
      ) : null}
      {verdict.kind === 'failed' ? (
        <Alert
          className="kfq-block-alert"
          type={hard > 0 ? 'error' : 'warning'}
          showIcon
          title={t(verdict.submit ? 'reporting.form.submitRefused' : 'reporting.form.checkFailed')}
          description={[
            hard > 0 ? t('reporting.form.hardCount', { count: hard }) : null,
            soft > 0 ? t('reporting.form.softCount', { count: soft }) : null,
          ]
            .filter(Boolean)
            .join(t('reporting.form.countSeparator'))}
        />
      ) : null}
      {failure ? <ApiErrorAlert error={failure} /> : null}
      <ReportLinesTable
        lines={form.lines}
        month={month}
        findings={findings}
        explanations={explanations}
        editing={{ drafts, onValue, onExplain, disabled: busy }}
      />
      <div className="kfq-report-actions">
        <Space wrap>
          <Button icon={<SaveOutlined />} loading={mutations.save.isPending} disabled={busy} onClick={save}>
            {t('reporting.form.save')}
          </Button>
          <Button icon={<CheckOutlined />} loading={check.isPending} disabled={busy} onClick={runCheck}>
            {t('reporting.form.check')}
          </Button>
          <Popconfirm
            title={t('reporting.form.submitConfirm')}
            description={t('reporting.form.submitConfirmHint')}
            okText={t('reporting.form.submit')}
            cancelText={t('action.cancel')}
            onConfirm={submit}
          >
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={mutations.submit.isPending}
              disabled={busy}
            >
              {t('reporting.form.submit')}
            </Button>
          </Popconfirm>
        </Space>
      </div>
    </>
  );
}
