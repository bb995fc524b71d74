import { Card, Tag, Typography } from 'antd';
import type { StatsIndicator, StatsValue, TargetProgress } from '@kaifaqu/contracts';
import { formatPercent } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { displayAmount, growthTone } from '../display';
import { GrowthText } from './GrowthText';

/** Props of {@link IndicatorCard}. */
export interface IndicatorCardProps {
  indicator: StatsIndicator;
  value: StatsValue;
  /** The annual target's progress, when a target is set and the user may read it. */
  progress?: TargetProgress;
  selected: boolean;
  onSelect: () => void;
}

/** The target line: 完成率 vs 序时进度 and the gap in percentage points. */
function ProgressLine({ progress }: { progress: TargetProgress }) {
  const t = useT();
  if (progress.completionRate === null) return null;
  const gap = progress.gapPoints ?? (progress.completionRate - progress.timeElapsedProgress) * 100;
  const tenths = Math.round(gap * 10);
  const gapText =
    tenths > 0
      ? t('economy.aheadOfSchedule', { points: (tenths / 10).toFixed(1) })
      : tenths < 0
        ? t('economy.behindSchedule', { points: (-tenths / 10).toFixed(1) })
        : t('economy.onSchedule');
  return (
    <div className={`kfq-card-progress ${tenths < 0 ? 'kfq-card-progress-behind' : ''}`}>
      <div>
        {t('economy.completion', { rate: formatPercent(progress.completionRate) })}
        {' · '}
        {t('economy.timeElapsed', { rate: formatPercent(progress.timeElapsedProgress) })}
      </div>
      <div className="kfq-card-gap">{gapText}</div>
    </div>
  );
}

/**
 * One indicator's headline figure: value (亿元 from 1亿 up), 同比 with its arrow, a 预警 / 优秀 tag against
 * the indicator's thresholds, and the target's progress. Clicking it makes it the focus of the charts.
 */
export function IndicatorCard({ indicator, value, progress, selected, onSelect }: IndicatorCardProps) {
  const t = useT();
  const amount = displayAmount(value.current, indicator, true);
  const tone = growthTone(value.growth, indicator);
  const classes = ['kfq-indicator-card', `kfq-tone-${tone}`, selected ? 'kfq-indicator-selected' : ''];
  return (
    <Card
      size="small"
      hoverable
      className={classes.join(' ')}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect();
        }
      }}
    >
      <div className="kfq-indicator-head">
        <Typography.Text type="secondary">{indicator.name}</Typography.Text>
        {tone === 'alarm' ? <Tag color="volcano">{t('economy.alarm')}</Tag> : null}
        {tone === 'excellent' ? <Tag color="gold">{t('economy.excellent')}</Tag> : null}
      </div>
      <div className="kfq-indicator-value">
        <span className="kfq-indicator-number">{amount.text}</span>
        <span className="kfq-indicator-unit">{amount.unit}</span>
      </div>
      <div className="kfq-indicator-growth">
        <span className="kfq-muted">{t('economy.growth')}</span> <GrowthText growth={value.growth} />
      </div>
      {progress ? <ProgressLine progress={progress} /> : null}
    </Card>
  );
}
