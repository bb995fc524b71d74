import { useState } from 'react';
import { Col, DatePicker, Row, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { BreakdownCard } from '../components/BreakdownCard';
import { DrillDrawer } from '../components/DrillDrawer';
import { FigureCards } from '../components/FigureCards';
import { FunnelCard } from '../components/FunnelCard';
import { TargetsCard } from '../components/TargetsCard';
import { ALL, MANUFACTURING_OVER_20M, OVER_100M, type DrillTarget } from '../figures';
import { useInvestmentSummary } from '../hooks';

const DAY = 'YYYY-MM-DD';

/**
 * 招商引资总览: the figures the summaries quote for a date range (default 1月1日 to today), each
 * opening its projects; target progress; breakdowns; the stage funnel and the activities.
 */
export function InvestmentDashboardPage() {
  const t = useT();
  const can = useCan();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('year'), dayjs()]);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const from = range[0].format(DAY);
  const to = range[1].format(DAY);
  const over100m = useInvestmentSummary({ from, to, ...OVER_100M });
  const manufacturing = useInvestmentSummary({ from, to, ...MANUFACTURING_OVER_20M });
  const all = useInvestmentSummary({ from, to, ...ALL });
  const error = [over100m, manufacturing, all].find((q) => q.isError)?.error;

  return (
    <PageContainer
      title={t('menu.investmentDashboard')}
      description={t('investmentStats.description')}
      extra={
        <Space>
          <Typography.Text>{t('investmentStats.range')}</Typography.Text>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(value) => {
              if (value?.[0] && value[1]) setRange([value[0], value[1]]);
            }}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('investmentStats.periodLine', { from, to })}
      </Typography.Paragraph>
      {error ? <ApiErrorAlert error={error} /> : null}
      <FigureCards
        data={{ over100m: over100m.data, manufacturing: manufacturing.data, all: all.data }}
        loading={over100m.isFetching || all.isFetching}
        onDrill={setDrill}
      />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {can('target:read') ? (
          <Col xs={24}>
            <TargetsCard year={range[1].year()} month={range[1].month() + 1} />
          </Col>
        ) : null}
        <Col xs={24} xl={16}>
          <BreakdownCard from={from} to={to} />
        </Col>
        <Col xs={24} xl={8}>
          <FunnelCard summary={all.data} />
        </Col>
      </Row>
      {drill ? <DrillDrawer target={drill} from={from} to={to} onClose={() => setDrill(null)} /> : null}
    </PageContainer>
  );
}
