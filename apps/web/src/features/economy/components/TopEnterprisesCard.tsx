import { Card } from 'antd';
import type { StatsSummaryQuery } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useStatsSummary } from '../hooks';
import { ExportButton } from './ExportButton';
import { FigureTable } from './FigureTable';

/** 重点企业前十: the ten largest enterprises by the focus indicator, with 同比 and share of the zone. */
export function TopEnterprisesCard({
  focus,
  from,
  to,
  splittable,
}: {
  focus: string;
  from: string;
  to: string;
  splittable: boolean;
}) {
  const t = useT();
  const query: StatsSummaryQuery = { indicators: focus, from, to, groupBy: 'enterprise', limit: 10 };
  const summary = useStatsSummary(query, splittable);
  const indicator = summary.data?.indicators.find((i) => i.code === focus);
  return (
    <Card
      className="kfq-section-card"
      title={t('economy.topEnterprises')}
      extra={
        splittable ? (
          <ExportButton query={query} fileName={`${t('economy.topEnterprises')}_${from}_${to}`} />
        ) : null
      }
    >
      {summary.isError ? <ApiErrorAlert error={summary.error} /> : null}
      {indicator ? (
        <FigureTable
          groups={summary.data?.groups ?? []}
          indicator={indicator}
          nameTitle={t('economy.enterprise')}
          loading={summary.isFetching}
          ranked
          enterprises
        />
      ) : (
        <p className="kfq-muted kfq-placeholder">
          {splittable
            ? summary.isPending
              ? t('app.loading')
              : t('economy.noFigures')
            : t('economy.noBreakdown')}
        </p>
      )}
    </Card>
  );
}
