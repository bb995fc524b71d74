import { Button, Col, Row, Space, Typography } from 'antd';
import { UnorderedListOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { BreakdownCard } from '../components/BreakdownCard';
import { EnvironmentCards } from '../components/EnvironmentCards';
import { ExportButton } from '../components/ExportButton';
import { FigureCards } from '../components/FigureCards';
import { PeriodControls } from '../components/PeriodControls';
import { TrendCard } from '../components/TrendCard';
import { useSafetyStats } from '../hooks';
import { periodParam, useSafetyPeriod } from '../period';

/**
 * 安全环保总览: the period's inspection and hazard figures (domain.md §9), the breakdown table with its
 * Excel export, the monthly trend, the environment's latest readings and open alarms, and the way to the
 * hazard ledger. An enterprise user sees its own figures only, so the per-enterprise split is hidden.
 */
export function SafetyDashboardPage() {
  const t = useT();
  const can = useCan();
  const [value, update] = useSafetyPeriod();
  const period = periodParam(value);
  const ownOnly = can('hazard:rectify') && !can('safety:inspect');
  const stats = useSafetyStats({ period });
  return (
    <PageContainer
      title={t('menu.safetyDashboard')}
      description={ownOnly ? t('safetyStats.ownDescription') : t('safetyStats.description')}
      extra={
        <Space>
          <Link to={ownOnly ? '/my-hazards' : '/hazards'}>
            <Button size="small" icon={<UnorderedListOutlined />}>
              {t('safetyStats.hazardLedger')}
            </Button>
          </Link>
          <ExportButton query={{ period }} fileName={`${t('menu.safetyDashboard')}_${period}`} />
        </Space>
      }
    >
      <PeriodControls value={value} onChange={update} />
      {stats.data ? (
        <Typography.Paragraph type="secondary" className="kfq-economy-period">
          {t('safetyStats.periodLine', { from: stats.data.from, to: stats.data.to })}
        </Typography.Paragraph>
      ) : null}
      {stats.isError ? <ApiErrorAlert error={stats.error} /> : null}
      <FigureCards figures={stats.data?.total} loading={stats.isFetching} />
      <Row gutter={[16, 16]} className="kfq-economy-row">
        <Col xs={24}>
          <BreakdownCard period={period} showEnterprises={!ownOnly} />
        </Col>
        <Col xs={24} xl={12}>
          <TrendCard year={Number(period.slice(0, 4))} />
        </Col>
        <EnvironmentCards />
      </Row>
      <Typography.Paragraph type="secondary">{t('safetyStats.definitions')}</Typography.Paragraph>
    </PageContainer>
  );
}
