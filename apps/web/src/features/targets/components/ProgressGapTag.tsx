import { Tag } from 'antd';
import type { TargetProgress } from '@kaifaqu/contracts';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';

/**
 * The gap to 序时进度 as the summaries word it: green "超序时进度 1.7 个百分点", red "落后序时进度 1.7 个百分点".
 * The server rounds the gap to one decimal and sets the standing from that rounded figure.
 */
export function ProgressGapTag({ progress }: { progress: Pick<TargetProgress, 'gapPoints' | 'standing'> }) {
  const t = useT();
  const { gapPoints, standing } = progress;
  if (gapPoints === null || standing === 'unknown') return <>{EMPTY}</>;
  const points = Math.abs(gapPoints).toFixed(1);
  if (standing === 'ahead') return <Tag color="success">{t('targets.gap.ahead', { points })}</Tag>;
  if (standing === 'behind') return <Tag color="error">{t('targets.gap.behind', { points })}</Tag>;
  return <Tag color="processing">{t('targets.gap.onPace')}</Tag>;
}
