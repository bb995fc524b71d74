import { Card, Empty } from 'antd';
import type { StatsSummary, TargetProgress } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { IndicatorCard } from './IndicatorCard';

/** Props of {@link IndicatorCards}. */
export interface IndicatorCardsProps {
  summary: StatsSummary | undefined;
  loading: boolean;
  progress: ReadonlyMap<string, TargetProgress> | undefined;
  focus: string;
  onFocus: (code: string) => void;
}

/** One card per indicator of the set that has a figure for the months chosen, in the set's order. */
export function IndicatorCards({ summary, loading, progress, focus, onFocus }: IndicatorCardsProps) {
  const t = useT();
  if (loading && !summary) return <Card loading className="kfq-section-card" />;
  const cards = (summary?.indicators ?? []).flatMap((indicator) => {
    const value = summary?.total.values.find((v) => v.indicatorCode === indicator.code);
    return value && value.current !== null ? [{ indicator, value }] : [];
  });
  if (cards.length === 0) {
    return (
      <Card className="kfq-section-card">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('economy.noFigures')} />
      </Card>
    );
  }
  return (
    <div className="kfq-indicator-cards" role="list" aria-label={t('economy.cardsTitle')}>
      {cards.map(({ indicator, value }) => (
        <div key={indicator.code} role="listitem">
          <IndicatorCard
            indicator={indicator}
            value={value}
            progress={progress?.get(indicator.code)}
            selected={indicator.code === focus}
            onSelect={() => onFocus(indicator.code)}
          />
        </div>
      ))}
    </div>
  );
}
