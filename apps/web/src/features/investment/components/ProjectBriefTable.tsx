import { Table } from 'antd';
import type { InvestmentProjectBrief } from '@kaifaqu/contracts';
import { formatWan } from '../../../shared/format';
import { useDynamicT, useT } from '../../../shared/i18n';

/** Projects beside an investment record: name, stage and 计划总投资 in 万元. */
export function ProjectBriefTable({ projects }: { projects: InvestmentProjectBrief[] }) {
  const t = useT();
  const dynamicT = useDynamicT();
  return (
    <Table<InvestmentProjectBrief>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={projects}
      locale={{ emptyText: t('investment.noProjects') }}
      columns={[
        { title: t('investment.projectName'), dataIndex: 'name' },
        {
          title: t('investment.projectStage'),
          dataIndex: 'stage',
          width: 100,
          render: (stage: string) => dynamicT(`investment.stage.${stage}`, stage),
        },
        {
          title: t('investment.plannedInvestmentWan'),
          dataIndex: 'plannedInvestmentCnyFen',
          align: 'right',
          width: 160,
          render: (fen: number) => formatWan(fen),
        },
      ]}
    />
  );
}
