import { Tag } from 'antd';
import type { ReportStatus } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

const COLORS: Record<ReportStatus, string> = {
  notStarted: 'default',
  draft: 'gold',
  submitted: 'blue',
  returned: 'red',
  approved: 'green',
};

/** A monthly report's status as a coloured tag (已审核 green, 待审核 blue, 已退回 red …). */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(`economy.reportStatus.${status}`)}</Tag>;
}
