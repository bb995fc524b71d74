import { Card, Col, Row, Statistic } from 'antd';
import type { SafetyFigures } from '@kaifaqu/contracts';
import { useT, type MessageKey } from '../../../shared/i18n';
import { countText, rateText } from '../display';

interface CardSpec {
  key: string;
  label: MessageKey;
  value: (f: SafetyFigures) => string;
  /** Shown in red when above zero. */
  alarm?: (f: SafetyFigures) => boolean;
}

const CARDS: CardSpec[] = [
  { key: 'inspections', label: 'safetyStats.inspections', value: (f) => countText(f.inspections) },
  {
    key: 'enterprisesInspected',
    label: 'safetyStats.enterprisesInspected',
    value: (f) => countText(f.enterprisesInspected),
  },
  { key: 'found', label: 'safetyStats.found', value: (f) => String(f.found) },
  { key: 'rectified', label: 'safetyStats.rectified', value: (f) => String(f.rectified) },
  { key: 'rate', label: 'safetyStats.rate', value: (f) => rateText(f.rateBp) },
  {
    key: 'overdue',
    label: 'safetyStats.overdue',
    value: (f) => String(f.overdue),
    alarm: (f) => f.overdue > 0,
  },
  { key: 'notices', label: 'safetyStats.notices', value: (f) => countText(f.noticesIssued) },
  {
    key: 'majorOpen',
    label: 'safetyStats.majorOpen',
    value: (f) => String(f.majorOpen),
    alarm: (f) => f.majorOpen > 0,
  },
  { key: 'supervised', label: 'safetyStats.supervised', value: (f) => String(f.supervisedOpen) },
];

/** The headline figures of the period, one card each; overdue and open 重大 hazards in red. */
export function FigureCards({ figures, loading }: { figures: SafetyFigures | undefined; loading: boolean }) {
  const t = useT();
  return (
    <Row gutter={[12, 12]} role="list" aria-label={t('safetyStats.figures')} className="kfq-economy-row">
      {CARDS.map((card) => (
        <Col key={card.key} xs={12} md={8} xl={6} xxl={4} role="listitem" data-figure={card.key}>
          <Card size="small" loading={loading && !figures}>
            <Statistic
              title={t(card.label)}
              value={figures ? card.value(figures) : '—'}
              styles={figures && card.alarm?.(figures) ? { content: { color: '#cf1322' } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
