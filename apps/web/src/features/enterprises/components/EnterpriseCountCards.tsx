import { Card, Statistic } from 'antd';
import type { EnterpriseCounts } from '@kaifaqu/contracts';
import { useT, type MessageKey } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useEnterpriseCounts } from '../hooks';

type CountKey = Exclude<keyof EnterpriseCounts, 'groupKey' | 'groupName'>;

const CARDS: readonly { key: CountKey; labelKey: MessageKey }[] = [
  { key: 'settled', labelKey: 'enterpriseCounts.settled' },
  { key: 'underConstruction', labelKey: 'enterpriseCounts.underConstruction' },
  { key: 'inProduction', labelKey: 'enterpriseCounts.inProduction' },
  { key: 'aboveScale', labelKey: 'enterpriseCounts.aboveScale' },
  { key: 'highTech', labelKey: 'enterpriseCounts.highTech' },
  { key: 'foreignFunded', labelKey: 'enterpriseCounts.foreignFunded' },
  { key: 'listed', labelKey: 'enterpriseCounts.listed' },
];

/** The headline counts as of today (入驻企业, 在建, 投产, 规上, 高新技术, 外资, 上市), one card each. */
export function EnterpriseCountCards() {
  const t = useT();
  const counts = useEnterpriseCounts();
  if (counts.isError) return <ApiErrorAlert error={counts.error} />;
  return (
    <div className="kfq-count-cards" role="list" aria-label={t('enterpriseCounts.title')}>
      {CARDS.map((card) => (
        <div key={card.key} role="listitem">
          <Card size="small" className="kfq-count-card" loading={counts.isPending}>
            <Statistic
              title={t(card.labelKey)}
              value={counts.data?.[card.key] ?? 0}
              suffix={t('enterpriseCounts.unit')}
            />
          </Card>
        </div>
      ))}
    </div>
  );
}
