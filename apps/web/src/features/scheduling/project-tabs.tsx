import type { TabsProps } from 'antd';
import { useCan } from '../auth/hooks';
import { useProject } from '../projects/hooks';
import { useT } from '../../shared/i18n';
import { FundingTab } from './components/FundingTab';
import { IssuesTab } from './components/IssuesTab';
import { MilestonesTab } from './components/MilestonesTab';
import { ProgressTab } from './components/ProgressTab';

/**
 * The scheduling tabs of a project page — 节点, 形象进度, 协调事项 and, for government works, 资金来源 —
 * rendered by the projects feature's project page. The project comes from the page's own query cache.
 */
export function useSchedulingTabs(projectId: string): NonNullable<TabsProps['items']> {
  const t = useT();
  const can = useCan();
  const project = useProject(projectId).data;
  if (!can('project:read') || !project) return [];
  const tabs: NonNullable<TabsProps['items']> = [
    {
      key: 'milestones',
      label: t('scheduling.tab.milestones'),
      children: <MilestonesTab projectId={projectId} />,
    },
    { key: 'progress', label: t('scheduling.tab.progress'), children: <ProgressTab project={project} /> },
    { key: 'issues', label: t('scheduling.tab.issues'), children: <IssuesTab projectId={projectId} /> },
  ];
  if (project.kind === 'government')
    tabs.push({
      key: 'funding',
      label: t('scheduling.tab.funding'),
      children: <FundingTab project={project} />,
    });
  return tabs;
}
