import { Progress, Tooltip } from 'antd';
import type { ReportStatusCounts } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

/** A task's progress: submitted or approved out of all, approved shown as the darker part. */
export function TaskProgress({ counts }: { counts: ReportStatusCounts }) {
  const t = useT();
  const total = Math.max(counts.total, 1);
  const done = counts.submitted + counts.approved;
  return (
    <Tooltip title={t('reporting.task.progressHint', { ...counts })}>
      <Progress
        percent={Math.round((done / total) * 1000) / 10}
        success={{ percent: Math.round((counts.approved / total) * 1000) / 10 }}
        size="small"
        format={() => `${done}/${counts.total}`}
      />
    </Tooltip>
  );
}
