import { Input, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { ReportCheck } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

/** Props of {@link FindingsCell}. */
export interface FindingsCellProps {
  findings: ReportCheck[];
  explanation: string;
  indicatorName: string;
  /** Present while the enterprise may write the 情况说明; read-only otherwise. */
  onExplain?: (text: string) => void;
}

/**
 * One line's findings: hard ones in red (must be fixed), soft ones in orange with the 情况说明 they
 * require. A saved explanation shows even when the line has no finding any more.
 */
export function FindingsCell({ findings, explanation, indicatorName, onExplain }: FindingsCellProps) {
  const t = useT();
  const soft = findings.some((f) => f.severity === 'soft');
  const showExplanation = soft || explanation.trim() !== '';
  return (
    <div className="kfq-report-findings">
      {findings.map((f) => (
        <div key={`${f.rule}-${f.message}`} className={`kfq-report-finding kfq-report-finding-${f.severity}`}>
          {f.severity === 'hard' ? <CloseCircleFilled /> : <ExclamationCircleFilled />}
          <span>{f.message}</span>
          {f.severity === 'soft' && f.explained ? (
            <Typography.Text type="success" className="kfq-report-explained">
              <CheckCircleFilled /> {t('reporting.finding.explained')}
            </Typography.Text>
          ) : null}
        </div>
      ))}
      {showExplanation && onExplain ? (
        <div className="kfq-report-explanation">
          <label>
            <span className={soft ? 'kfq-report-required' : undefined}>
              {t('reporting.finding.explanation')}
            </span>
            <Input.TextArea
              value={explanation}
              rows={2}
              maxLength={500}
              showCount
              status={soft && explanation.trim() === '' ? 'warning' : undefined}
              placeholder={t('reporting.finding.explanationPlaceholder')}
              aria-label={t('reporting.finding.explanationOf', { name: indicatorName })}
              onChange={(e) => onExplain(e.target.value)}
            />
          </label>
        </div>
      ) : null}
      {showExplanation && !onExplain && explanation.trim() !== '' ? (
        <div className="kfq-report-explanation">
          <Typography.Text type="secondary">{t('reporting.finding.explanation')}:</Typography.Text>
          <Typography.Text>{explanation}</Typography.Text>
        </div>
      ) : null}
    </div>
  );
}
