import { Card } from 'antd';
import type { StatsGroup, StatsSummaryQuery } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useStatsSummary } from '../hooks';
import { ExportButton } from './ExportButton';
import { FigureTable } from './FigureTable';

/** A group chosen for drill-down: its name and the filter narrowing the figures to it. */
export interface DrillTarget {
  name: string;
  filter: Pick<StatsSummaryQuery, 'subParkId' | 'industry' | 'category'>;
}

/** Props of {@link BreakdownCard}. */
export interface BreakdownCardProps {
  focus: string;
  from: string;
  to: string;
  groupBy: 'subPark' | 'industry';
  /** False for department-reported indicators: they have no sub-park or industry split. */
  splittable: boolean;
  onDrill: (target: DrillTarget) => void;
}

function filterOf(groupBy: 'subPark' | 'industry', group: StatsGroup): DrillTarget['filter'] {
  const key = group.key ?? undefined;
  return groupBy === 'subPark' ? { subParkId: key } : { industry: key };
}

/** 分园区 / 分行业: the focus indicator by sub-park or GB/T 4754 大类, each figure opening its enterprises. */
export function BreakdownCard({ focus, from, to, groupBy, splittable, onDrill }: BreakdownCardProps) {
  const t = useT();
  const query: StatsSummaryQuery = { indicators: focus, from, to, groupBy };
  const summary = useStatsSummary(query, splittable);
  const indicator = summary.data?.indicators.find((i) => i.code === focus);
  const title = groupBy === 'subPark' ? t('economy.bySubPark') : t('economy.byIndustry');
  return (
    <Card
      className="kfq-section-card"
      title={title}
      extra={splittable ? <ExportButton query={query} fileName={`${title}_${from}_${to}`} /> : null}
    >
      {summary.isError ? <ApiErrorAlert error={summary.error} /> : null}
      {indicator ? (
        <FigureTable
          groups={summary.data?.groups ?? []}
          indicator={indicator}
          nameTitle={groupBy === 'subPark' ? t('economy.subPark') : t('economy.industry')}
          loading={summary.isFetching}
          onDrill={(group) => onDrill({ name: group.name, filter: filterOf(groupBy, group) })}
          pagination={
            groupBy === 'industry' ? { pageSize: 10, size: 'small', hideOnSinglePage: true } : false
          }
        />
      ) : (
        <FigureTablePlaceholder loading={splittable && summary.isPending} splittable={splittable} />
      )}
    </Card>
  );
}

function FigureTablePlaceholder({ loading, splittable }: { loading: boolean; splittable: boolean }) {
  const t = useT();
  if (loading) return <Card loading variant="borderless" />;
  return (
    <p className="kfq-muted kfq-placeholder">
      {splittable ? t('economy.noFigures') : t('economy.noBreakdown')}
    </p>
  );
}
