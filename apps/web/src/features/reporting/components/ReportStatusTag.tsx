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

/** Where a report stands as a coloured tag (未填报 grey, 草稿 gold, 已提交 blue, 已退回 red, 已审核 green). */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(`reporting.status.${status}`)}</Tag>;
}
