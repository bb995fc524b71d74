import { Card, Table } from 'antd';
import type { TargetProgress } from '@kaifaqu/contracts';
import { EMPTY, formatPercent, formatScaled } from '../../../shared/format';
import { useLocale, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { ProgressGapTag } from '../../targets/components/ProgressGapTag';
import { useInvestmentTargets } from '../hooks';

/** 完成率 against 序时进度 of this year's targets counted from the project pipeline. */
export function TargetsCard({ year, month }: { year: number; month: number }) {
  const t = useT();
  const { locale } = useLocale();
  const progress = useInvestmentTargets(year, month, true);
  const rows = (progress.data ?? []).filter((r) => r.subjectKind === 'projects');
  const value = (r: TargetProgress, v: number | null) =>
    r.subject && v !== null ? `${formatScaled(v, r.subject.scale)} ${r.subject.unit}` : EMPTY;
  return (
    <Card className="kfq-section-card" title={t('investmentStats.targets', { month })}>
      {progress.isError ? <ApiErrorAlert error={progress.error} /> : null}
      <Table<TargetProgress>
        rowKey="id"
        size="small"
        loading={progress.isFetching}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('investmentStats.noTargets') }}
        columns={[
          {
            title: t('investmentStats.targetName'),
            key: 'name',
            render: (_: unknown, r) =>
              (locale === 'zh-CN' ? r.subject?.nameZh : r.subject?.nameEn) ?? r.subjectCode,
          },
          {
            title: t('investmentStats.targetValue'),
            key: 'target',
            align: 'right',
            render: (_: unknown, r) => value(r, r.targetValue),
          },
          {
            title: t('investmentStats.actual'),
            key: 'actual',
            align: 'right',
            render: (_: unknown, r) => value(r, r.actual),
          },
          {
            title: t('investmentStats.completionRate'),
            dataIndex: 'completionRate',
            align: 'right',
            render: (v: number | null) => formatPercent(v),
          },
          {
            title: t('investmentStats.timeElapsed'),
            dataIndex: 'timeElapsedProgress',
            align: 'right',
            render: (v: number) => formatPercent(v),
          },
          {
            title: t('investmentStats.gap'),
            key: 'gap',
            render: (_: unknown, r) => <ProgressGapTag progress={r} />,
          },
        ]}
      />
    </Card>
  );
}
