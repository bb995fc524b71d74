import { Space, Tag } from 'antd';
import type {
  CoordinationIssue,
  CoordinationIssueStatus,
  FundingSourceKind,
  MilestoneCode,
  MilestoneKind,
} from '@kaifaqu/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { apiUrl } from '../../shared/http';
import { useT, type MessageKey } from '../../shared/i18n';
import { decimalPattern, scaledToText, textToScaled } from '../../shared/scaled';

export const issueStatusKey = (s: CoordinationIssueStatus): MessageKey => `issue.status.${s}`;
export const fundingKindKey = (s: FundingSourceKind): MessageKey => `funding.kind.${s}`;
export const milestoneCodeKey = (s: MilestoneCode): MessageKey => `milestone.code.${s}`;
export const milestoneKindKey = (s: MilestoneKind): MessageKey => `milestone.kind.${s}`;

export const FUNDING_KINDS: FundingSourceKind[] = [
  'specialBond',
  'centralBudget',
  'provincialFund',
  'localFiscal',
  'selfRaised',
  'bankLoan',
  'other',
];

const STATUS_COLOR: Record<CoordinationIssueStatus, string> = {
  open: 'orange',
  inProgress: 'blue',
  solved: 'green',
};

/** Status of an issue with its overdue and 督办 tags. */
export function IssueStatusTags({ issue }: { issue: CoordinationIssue }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLOR[issue.status]}>{t(issueStatusKey(issue.status))}</Tag>
      {issue.overdue ? <Tag color="red">{t('scheduling.overdue')}</Tag> : null}
      {issue.supervised ? <Tag color="volcano">{t('scheduling.supervised')}</Tag> : null}
    </Space>
  );
}

/** 万元 text (≤ 2 decimals) → 分; null when it is not such a number. */
export function wanToFen(text: string | undefined | null): number | null {
  if (text === undefined || text === null || !decimalPattern(2, false).test(text.trim())) return null;
  return textToScaled(text, 6, false);
}

/** 分 → editable 万元 text. */
export const fenToWanText = (fen: number) => scaledToText(fen, 6);

/** A quantity text (≤ 2 decimals) → × 100. */
export function textToCenti(text: string | undefined | null): number | null {
  if (text === undefined || text === null || text.trim() === '') return null;
  return textToScaled(text, 2, false);
}

/** A form rule accepting an empty value or a non-negative number with at most two decimals. */
export function twoDecimalsRule(message: string, required = false) {
  return {
    validator: (_: unknown, text?: string) =>
      (!text || text.trim() === '') && !required
        ? Promise.resolve()
        : text && decimalPattern(2, false).test(text.trim())
          ? Promise.resolve()
          : Promise.reject(new Error(message)),
  };
}

/** A DatePicker value → 'YYYY-MM-DD' (or null). */
export const dayText = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
/** 'YYYY-MM-DD' → a DatePicker value. */
export const toDay = (s: string | null | undefined) => (s ? dayjs(s) : undefined);

/** Where an attachment downloads from. */
export const fileUrl = (id: string) => apiUrl(`/files/${id}`);
