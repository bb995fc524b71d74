import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { InvestmentStatsSummary } from '@kaifaqu/contracts';
import { EMPTY, formatYi } from '../../../shared/format';
import { useT, type MessageKey } from '../../../shared/i18n';
import { ALL, MANUFACTURING_OVER_20M, OVER_100M, formatWanUsd, type DrillTarget } from '../figures';

/** The three summaries the cards read: ¥100M+, manufacturing ¥20M+, and every project. */
export interface FigureSummaries {
  over100m?: InvestmentStatsSummary;
  manufacturing?: InvestmentStatsSummary;
  all?: InvestmentStatsSummary;
}

interface Figure {
  id: string;
  titleKey: MessageKey;
  value: string | number | undefined;
  unitKey: MessageKey;
  note?: string;
  drill?: DrillTarget;
}

/** One card per sentence of the summaries; a card with projects behind it opens them. */
export function FigureCards({
  data,
  loading,
  onDrill,
}: {
  data: FigureSummaries;
  loading: boolean;
  onDrill: (target: DrillTarget) => void;
}) {
  const t = useT();
  const { over100m, manufacturing, all } = data;
  const planned = (fen: number | undefined) =>
    fen === undefined ? undefined : t('investmentStats.plannedSum', { amount: formatYi(fen) });
  const figures: Figure[] = [
    {
      id: 'signedOver100m',
      titleKey: 'investmentStats.signedOver100m',
      value: over100m?.total.signed.count,
      unitKey: 'investmentStats.unitCount',
      note: planned(over100m?.total.signed.plannedInvestmentCnyFen),
      drill: { titleKey: 'investmentStats.signedOver100m', metric: 'signed', filter: OVER_100M },
    },
    {
      id: 'startedOver100m',
      titleKey: 'investmentStats.startedOver100m',
      value: over100m?.total.started.count,
      unitKey: 'investmentStats.unitCount',
      note: planned(over100m?.total.started.plannedInvestmentCnyFen),
      drill: { titleKey: 'investmentStats.startedOver100m', metric: 'started', filter: OVER_100M },
    },
    {
      id: 'inProductionMfg',
      titleKey: 'investmentStats.inProductionMfg',
      value: manufacturing?.total.inProduction.count,
      unitKey: 'investmentStats.unitCount',
      note: planned(manufacturing?.total.inProduction.plannedInvestmentCnyFen),
      drill: {
        titleKey: 'investmentStats.inProductionMfg',
        metric: 'inProduction',
        filter: MANUFACTURING_OVER_20M,
      },
    },
    {
      id: 'negotiating',
      titleKey: 'investmentStats.negotiating',
      value: all?.total.negotiating.count,
      unitKey: 'investmentStats.unitCount',
      note: planned(all?.total.negotiating.plannedInvestmentCnyFen),
      drill: { titleKey: 'investmentStats.negotiating', metric: 'negotiating', filter: ALL },
    },
    {
      id: 'receptions',
      titleKey: 'investmentStats.receptions',
      value: all?.activities.receptions,
      unitKey: 'investmentStats.unitBatch',
    },
    {
      id: 'trips',
      titleKey: 'investmentStats.trips',
      value: all?.activities.trips,
      unitKey: 'investmentStats.unitTimes',
    },
    {
      id: 'fundsOutOfProvince',
      titleKey: 'investmentStats.fundsOutOfProvince',
      value: over100m ? formatYi(over100m.total.funds.outOfProvinceCnyFen) : undefined,
      unitKey: 'investmentStats.unitYi',
      drill: {
        titleKey: 'investmentStats.fundsOutOfProvince',
        metric: 'fundsOutOfProvince',
        filter: OVER_100M,
      },
    },
    {
      id: 'fundsForeign',
      titleKey: 'investmentStats.fundsForeign',
      value: all ? formatWanUsd(all.total.funds.foreignUsdCents) : undefined,
      unitKey: 'investmentStats.unitWanUsd',
      drill: { titleKey: 'investmentStats.fundsForeign', metric: 'fundsForeign', filter: ALL },
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col key={f.id} xs={24} sm={12} xl={6}>
          <Card
            size="small"
            loading={loading && f.value === undefined}
            hoverable={Boolean(f.drill)}
            onClick={f.drill ? () => onDrill(f.drill!) : undefined}
            data-testid={`investment-figure-${f.id}`}
            role={f.drill ? 'button' : undefined}
            aria-label={f.drill ? `${t(f.titleKey)} · ${t('investmentStats.openDrill')}` : undefined}
          >
            <Statistic
              title={t(f.titleKey)}
              value={f.value ?? EMPTY}
              suffix={t(f.unitKey)}
              valueRender={(node) => <span data-testid={`investment-value-${f.id}`}>{node}</span>}
            />
            <Typography.Text type="secondary">{f.note ?? '\u00a0'}</Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
