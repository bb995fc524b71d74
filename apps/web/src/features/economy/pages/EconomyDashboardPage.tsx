import { useState } from 'react';
import { Col, Row, Typography } from 'antd';
import type { StatsSummary } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { BreakdownCard, type DrillTarget } from '../components/BreakdownCard';
import { DashboardControls } from '../components/DashboardControls';
import { DrillDownDrawer } from '../components/DrillDownDrawer';
import { ExportButton } from '../components/ExportButton';
import { IndicatorCards } from '../components/IndicatorCards';
import { ReportingProgressCard } from '../components/ReportingProgressCard';
import { TopEnterprisesCard } from '../components/TopEnterprisesCard';
import { TrendCard } from '../components/TrendCard';
import { monthsAgo, periodOf, useDashboardParams } from '../dashboard-params';
import { useIndicators, useStatsSummary, useTargetProgress } from '../hooks';

/** Whether the summary's total has a figure for the indicator. */
function hasFigure(summary: StatsSummary | undefined, code: string): boolean {
  return Boolean(summary?.total.values.some((v) => v.indicatorCode === code && v.current !== null));
}

/**
 * 经济运行分析: headline figures of months 1–N with 同比 and target progress, the trend over three years,
 * breakdowns by sub-park and industry with drill-down to enterprises, the top ten, and reporting progress.
 * An enterprise user sees its own figures only, so the breakdowns (which would show only itself) are hidden.
 */
export function EconomyDashboardPage() {
  const t = useT();
  const can = useCan();
  const [params, update] = useDashboardParams();
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const ownOnly = can('report:fill') && !can('report:read');
  const from = periodOf(params.year, params.fromMonth);
  const to = periodOf(params.year, params.toMonth);
  const catalogue = useIndicators(can('indicator:read'));
  const summaryQuery = { indicators: params.indicators.join(','), from, to, groupBy: 'none' as const };
  const summary = useStatsSummary(summaryQuery);
  const progress = useTargetProgress(params.year, params.toMonth, can('target:read'));
  // The trend may show any indicator of the set; those without figures in these months come last.
  const chartIndicators = [...(summary.data?.indicators ?? [])].sort(
    (a, b) => Number(!hasFigure(summary.data, b.code)) - Number(!hasFigure(summary.data, a.code)),
  );
  const focusIndicator = summary.data?.indicators.find((i) => i.code === params.focus);
  const splittable = focusIndicator?.reporter !== 'department';
  const focus = (code: string) => update({ focus: code });

  return (
    <PageContainer
      title={t('menu.economyDashboard')}
      description={ownOnly ? t('economy.ownDescription') : t('economy.description')}
      extra={<ExportButton query={summaryQuery} fileName={`${t('menu.economyDashboard')}_${from}_${to}`} />}
    >
      <DashboardControls value={params} catalogue={catalogue.data} onChange={update} />
      <Typography.Paragraph type="secondary" className="kfq-economy-period">
        {t('economy.periodLine', { year: params.year, from: params.fromMonth, to: params.toMonth })}
      </Typography.Paragraph>
      {summary.isError ? <ApiErrorAlert error={summary.error} /> : null}
      <IndicatorCards
        summary={summary.data}
        loading={summary.isFetching}
        progress={progress.data}
        focus={params.focus}
        onFocus={focus}
      />
      <Row gutter={[16, 16]} className="kfq-economy-row">
        <Col xs={24} xl={ownOnly || !can('report:read') ? 24 : 16}>
          <TrendCard year={params.year} focus={params.focus} indicators={chartIndicators} onFocus={focus} />
        </Col>
        {can('report:read') ? (
          <Col xs={24} xl={8}>
            <ReportingProgressCard year={monthsAgo(1).year} />
          </Col>
        ) : null}
      </Row>
      {ownOnly ? null : (
        <>
          <Row gutter={[16, 16]} className="kfq-economy-row">
            <Col xs={24} xxl={12}>
              <BreakdownCard
                focus={params.focus}
                from={from}
                to={to}
                groupBy="subPark"
                splittable={splittable}
                onDrill={setDrill}
              />
            </Col>
            <Col xs={24} xxl={12}>
              <BreakdownCard
                focus={params.focus}
                from={from}
                to={to}
                groupBy="industry"
                splittable={splittable}
                onDrill={setDrill}
              />
            </Col>
          </Row>
          <TopEnterprisesCard focus={params.focus} from={from} to={to} splittable={splittable} />
        </>
      )}
      {drill ? (
        <DrillDownDrawer
          target={drill}
          focus={params.focus}
          from={from}
          to={to}
          onClose={() => setDrill(null)}
        />
      ) : null}
    </PageContainer>
  );
}
