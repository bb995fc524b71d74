import { Drawer, Space, Typography } from 'antd';
import type { StatsSummaryQuery } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { displayAmount } from '../display';
import { useStatsSummary } from '../hooks';
import type { DrillTarget } from './BreakdownCard';
import { ExportButton } from './ExportButton';
import { FigureTable } from './FigureTable';

/** Props of {@link DrillDownDrawer}. */
export interface DrillDownDrawerProps {
  target: DrillTarget;
  focus: string;
  from: string;
  to: string;
  onClose: () => void;
}

/** The enterprises behind one figure of a breakdown (up to 1,000, largest first), with their share of it. */
export function DrillDownDrawer({ target, focus, from, to, onClose }: DrillDownDrawerProps) {
  const t = useT();
  const query: StatsSummaryQuery = {
    indicators: focus,
    from,
    to,
    groupBy: 'enterprise',
    limit: 1000,
    ...target.filter,
  };
  const summary = useStatsSummary(query);
  const indicator = summary.data?.indicators.find((i) => i.code === focus);
  const total = summary.data?.total.values.find((v) => v.indicatorCode === focus);
  const amount = indicator ? displayAmount(total?.current, indicator, true) : null;
  const title = t('economy.drillTitle', { name: target.name });
  return (
    <Drawer
      open
      size={820}
      title={title}
      onClose={onClose}
      extra={<ExportButton query={query} fileName={`${target.name}_${from}_${to}`} />}
    >
      {summary.isError ? <ApiErrorAlert error={summary.error} /> : null}
      {indicator && amount ? (
        <Space orientation="vertical" className="kfq-full-width">
          <Typography.Text type="secondary">
            {t('economy.drillSummary', {
              indicator: indicator.name,
              from,
              to,
              value: `${amount.text} ${amount.unit}`,
              count: summary.data?.groups.length ?? 0,
            })}
          </Typography.Text>
          <FigureTable
            groups={summary.data?.groups ?? []}
            indicator={indicator}
            nameTitle={t('economy.enterprise')}
            loading={summary.isFetching}
            ranked
            enterprises
            pagination={{ pageSize: 20, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
          />
        </Space>
      ) : (
        <p className="kfq-muted kfq-placeholder">
          {summary.isPending ? t('app.loading') : t('economy.noFigures')}
        </p>
      )}
    </Drawer>
  );
}
