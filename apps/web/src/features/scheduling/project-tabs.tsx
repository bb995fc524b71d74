import type { TabsProps } from 'antd';

/**
 * The scheduling tabs of a project page (milestones, progress reports, coordination issues),
 * rendered by the projects feature's project page. (Placeholder, being written.)
 */
export function useSchedulingTabs(_projectId: string): NonNullable<TabsProps['items']> {
  return [];
}
