import { Drawer, Space, Table, Typography } from 'antd';
import type { InvestmentDrillRow } from '@kaifaqu/contracts';
import { Link } from 'react-router';
import { EMPTY, formatWan } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { drillQuery, formatWanUsd, STAGE_KEYS, type DrillTarget } from '../figures';
import { useInvestmentProjects } from '../hooks';

/** The projects behind one figure, each opening its project page. */
export function DrillDrawer({
  target,
  from,
  to,
  onClose,
}: {
  target: DrillTarget;
  from: string;
  to: string;
  onClose: () => void;
}) {
  const t = useT();
  const projects = useInvestmentProjects(drillQuery(target, from, to));
  const funds = target.metric === 'fundsOutOfProvince' || target.metric === 'fundsForeign';
  const reached = ['signed', 'started', 'inProduction'].includes(target.metric);
  const stageKey = (stage: string) => STAGE_KEYS[stage];
  return (
    <Drawer
      open
      size={880}
      title={t('investmentStats.drillTitle', { name: t(target.titleKey) })}
      onClose={onClose}
    >
      {projects.isError ? <ApiErrorAlert error={projects.error} /> : null}
      <Space orientation="vertical" className="kfq-full-width">
        <Typography.Text type="secondary">
          {t('investmentStats.drillSummary', { from, to, count: projects.data?.length ?? 0 })}
        </Typography.Text>
        <Table<InvestmentDrillRow>
          rowKey="id"
          size="small"
          loading={projects.isFetching}
          dataSource={projects.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('investmentStats.code'), dataIndex: 'code', width: 120 },
            {
              title: t('investmentStats.name'),
              dataIndex: 'name',
              render: (name: string, row) => <Link to={`/projects/${row.id}`}>{name}</Link>,
            },
            {
              title: t('investmentStats.subPark'),
              dataIndex: 'subParkName',
              render: (v: string | null) => v ?? EMPTY,
            },
            {
              title: t('investmentStats.stage'),
              dataIndex: 'stage',
              render: (stage: string) => {
                const key = stageKey(stage);
                return key ? t(key) : stage;
              },
            },
            {
              title: t('investmentStats.planned'),
              dataIndex: 'plannedInvestmentCnyFen',
              align: 'right',
              render: (fen: number) => formatWan(fen),
            },
            ...(reached ? [{ title: t('investmentStats.reachedOn'), dataIndex: 'reachedOn' }] : []),
            ...(funds
              ? [
                  {
                    title: t('investmentStats.funds'),
                    dataIndex: 'fundsCnyFen',
                    align: 'right' as const,
                    render: (fen: number | null) => formatWan(fen),
                  },
                ]
              : []),
            ...(target.metric === 'fundsForeign'
              ? [
                  {
                    title: t('investmentStats.fundsUsd'),
                    dataIndex: 'fundsUsdCents',
                    align: 'right' as const,
                    render: (cents: number | null) => (cents === null ? EMPTY : formatWanUsd(cents)),
                  },
                ]
              : []),
          ]}
        />
      </Space>
    </Drawer>
  );
}
