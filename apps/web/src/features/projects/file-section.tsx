import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { EnterpriseProjectItem, ProjectStage } from '@kaifaqu/contracts';
import {
  registerEnterpriseFileSectionView,
  type EnterpriseFileSectionViewProps,
} from '../enterprises/file-sections';
import { EMPTY, formatWan } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { STAGE_COLOR, stageKey, unitKey } from './display';

/** 一企一档 · 投资项目: the projects that became this enterprise, linking to their pages. */
function ProjectsSection({ section }: EnterpriseFileSectionViewProps) {
  const t = useT();
  const items = (section.data ?? []) as EnterpriseProjectItem[];
  return (
    <Table<EnterpriseProjectItem>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      locale={{ emptyText: t('projects.fileSection.empty') }}
      columns={[
        { title: t('projects.code'), dataIndex: 'code', width: 120 },
        {
          title: t('projects.name'),
          dataIndex: 'name',
          render: (name: string, p) => <Link to={`/projects/${p.id}`}>{name}</Link>,
        },
        {
          title: t('projects.stage'),
          dataIndex: 'stage',
          width: 110,
          render: (s: ProjectStage) => <Tag color={STAGE_COLOR[s]}>{t(stageKey(s))}</Tag>,
        },
        { title: t('projects.stageSince'), dataIndex: 'stageSince', width: 110 },
        {
          title: t('projects.planned'),
          key: 'planned',
          align: 'right',
          render: (_, p) => `${formatWan(p.plannedInvestment)} ${t(unitKey(p.currency))}`,
        },
        {
          title: t('projects.warnings'),
          dataIndex: 'warnings',
          width: 90,
          align: 'center',
          render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : EMPTY),
        },
      ]}
    />
  );
}

// The server's 'projects' section is drawn by this table; imported once by the router for this side effect.
registerEnterpriseFileSectionView('projects', ProjectsSection);
