import { Tag } from 'antd';
import type { LeadStatus } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { leadStatusKey } from '../labels';

const COLORS: Record<LeadStatus, string> = { open: 'processing', converted: 'success', dropped: 'default' };

/** 跟进中 / 已转项目 / 已放弃. */
export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(leadStatusKey(status))}</Tag>;
}
