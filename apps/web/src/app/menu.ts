import type { ComponentType } from 'react';
import {
  AimOutlined,
  AppstoreOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  ClusterOutlined,
  ContainerOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  IdcardOutlined,
  LineChartOutlined,
  ProfileOutlined,
  ProjectOutlined,
  RocketOutlined,
  SafetyOutlined,
  ShopOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
  WarningOutlined,
  ToolOutlined,
  FileProtectOutlined,
} from '@ant-design/icons';
import type { MessageKey } from '../shared/i18n';

/** A group of the side menu (a submenu); entries name it by `group`. */
export interface MenuGroup {
  key: string;
  icon: ComponentType;
  labelKey: MessageKey;
}

/** One page of the side menu. `anyOf` lists the permissions of which one suffices; empty means everyone. */
export interface MenuEntry {
  key: string;
  path: string;
  icon: ComponentType;
  labelKey: MessageKey;
  anyOf: readonly string[];
  /** Submenu this entry sits in; top-level when absent. */
  group?: string;
  /** Whether the home page offers it as a quick link (default true). */
  quickLink?: boolean;
}

/** Submenus, in display order. Business modules add theirs here. */
export const menuGroups: readonly MenuGroup[] = [
  { key: 'enterprises', icon: ShopOutlined, labelKey: 'menu.enterpriseGroup' },
  { key: 'economy', icon: LineChartOutlined, labelKey: 'menu.economyGroup' },
  { key: 'investment', icon: RocketOutlined, labelKey: 'menu.investmentGroup' },
  { key: 'safety', icon: SafetyOutlined, labelKey: 'menu.safetyGroup' },
  { key: 'system', icon: SettingOutlined, labelKey: 'menu.system' },
];

/**
 * Every page of the side menu, in display order. A module adds its pages by adding entries here and
 * routes in `router.tsx`; the route guard reuses `anyOf`, so the menu and access never disagree.
 */
export const menuEntries: readonly MenuEntry[] = [
  { key: 'home', path: '/', icon: HomeOutlined, labelKey: 'menu.home', anyOf: [], quickLink: false },
  {
    key: 'enterprises',
    path: '/enterprises',
    icon: ContainerOutlined,
    labelKey: 'menu.enterprises',
    anyOf: ['enterprise:read'],
    group: 'enterprises',
  },
  {
    // Opens /enterprises/<own id>: the route redirects, so the menu stays a static list.
    key: 'myEnterprise',
    path: '/enterprises/mine',
    icon: IdcardOutlined,
    labelKey: 'menu.myEnterprise',
    anyOf: ['enterprise:self'],
    group: 'enterprises',
  },
  {
    key: 'economyDashboard',
    path: '/economy',
    icon: FundOutlined,
    labelKey: 'menu.economyDashboard',
    anyOf: ['stats:read'],
    group: 'economy',
  },
  {
    key: 'myReports',
    path: '/reports',
    icon: FileTextOutlined,
    labelKey: 'menu.myReports',
    anyOf: ['report:fill'],
    group: 'economy',
  },
  {
    key: 'reportTasks',
    path: '/report-tasks',
    icon: ScheduleOutlined,
    labelKey: 'menu.reportTasks',
    anyOf: ['report:read'],
    group: 'economy',
  },
  {
    key: 'zoneFigures',
    path: '/zone-figures',
    icon: FormOutlined,
    labelKey: 'menu.zoneFigures',
    anyOf: ['stats:enter'],
    group: 'economy',
  },
  {
    key: 'indicators',
    path: '/indicators',
    icon: ProfileOutlined,
    labelKey: 'menu.indicators',
    anyOf: ['indicator:read'],
    group: 'economy',
  },
  {
    key: 'targets',
    path: '/targets',
    icon: AimOutlined,
    labelKey: 'menu.targets',
    anyOf: ['target:read'],
    group: 'economy',
  },
  {
    // First of 招商引资: the dashboard of investment figures (features/investment-stats).
    key: 'investmentDashboard',
    path: '/investment',
    icon: FundOutlined,
    labelKey: 'menu.investmentDashboard',
    anyOf: ['investment:read'],
    group: 'investment',
  },
  {
    key: 'projects',
    path: '/projects',
    icon: ProjectOutlined,
    labelKey: 'menu.projects',
    anyOf: ['project:read'],
    group: 'investment',
  },
  {
    key: 'projectBoard',
    path: '/projects/board',
    icon: AppstoreOutlined,
    labelKey: 'menu.projectBoard',
    anyOf: ['project:read'],
    group: 'investment',
  },
  {
    // 项目调度 (features/scheduling): key projects' overdue milestones and issues, meetings, 督办.
    key: 'scheduling',
    path: '/scheduling',
    icon: FundOutlined,
    labelKey: 'menu.scheduling',
    anyOf: ['project:read'],
    group: 'investment',
  },
  {
    key: 'schedulingMeetings',
    path: '/scheduling-meetings',
    icon: TeamOutlined,
    labelKey: 'menu.schedulingMeetings',
    anyOf: ['project:read'],
    group: 'investment',
  },
  {
    key: 'coordinationIssues',
    path: '/coordination-issues',
    icon: AuditOutlined,
    labelKey: 'menu.coordinationIssues',
    anyOf: ['project:read'],
    group: 'investment',
  },
  {
    key: 'leads',
    path: '/leads',
    icon: AimOutlined,
    labelKey: 'menu.leads',
    anyOf: ['investment:read'],
    group: 'investment',
  },
  {
    key: 'investors',
    path: '/investors',
    icon: TeamOutlined,
    labelKey: 'menu.investors',
    anyOf: ['investment:read'],
    group: 'investment',
  },
  {
    key: 'investmentActivities',
    path: '/investment-activities',
    icon: ScheduleOutlined,
    labelKey: 'menu.investmentActivities',
    anyOf: ['investment:read'],
    group: 'investment',
  },
  {
    key: 'investmentAgents',
    path: '/investment-agents',
    icon: IdcardOutlined,
    labelKey: 'menu.investmentAgents',
    anyOf: ['investment:read'],
    group: 'investment',
  },
  {
    // First of 安全环保: the dashboard of safety figures (features/safety-stats).
    key: 'safetyDashboard',
    path: '/safety',
    icon: FundOutlined,
    labelKey: 'menu.safetyDashboard',
    anyOf: ['safety:read'],
    group: 'safety',
  },
  {
    // 安全检查 (features/inspections): records first, plans and checklist templates for staff.
    key: 'inspections',
    path: '/inspections',
    icon: FormOutlined,
    labelKey: 'menu.inspections',
    anyOf: ['safety:read'],
    group: 'safety',
  },
  {
    key: 'inspectionPlans',
    path: '/inspection-plans',
    icon: ScheduleOutlined,
    labelKey: 'menu.inspectionPlans',
    anyOf: ['safety:inspect', 'safety:manage'],
    group: 'safety',
  },
  {
    key: 'checklists',
    path: '/checklists',
    icon: ProfileOutlined,
    labelKey: 'menu.checklists',
    anyOf: ['safety:inspect', 'safety:manage'],
    group: 'safety',
  },
  {
    // 隐患 (features/hazards): the ledger, an enterprise's own open hazards, notices, agreements.
    key: 'hazards',
    path: '/hazards',
    icon: WarningOutlined,
    labelKey: 'menu.hazards',
    anyOf: ['safety:read'],
    group: 'safety',
  },
  {
    key: 'myHazards',
    path: '/my-hazards',
    icon: ToolOutlined,
    labelKey: 'menu.myHazards',
    anyOf: ['hazard:rectify'],
    group: 'safety',
  },
  {
    key: 'rectificationNotices',
    path: '/rectification-notices',
    icon: FileTextOutlined,
    labelKey: 'menu.rectificationNotices',
    anyOf: ['safety:read'],
    group: 'safety',
  },
  {
    key: 'safetyAgreements',
    path: '/safety-agreements',
    icon: FileProtectOutlined,
    labelKey: 'menu.safetyAgreements',
    anyOf: ['safety:read'],
    group: 'safety',
  },
  {
    key: 'dischargePermits',
    path: '/discharge-permits',
    icon: SafetyCertificateOutlined,
    labelKey: 'menu.dischargePermits',
    anyOf: ['env:read'],
    group: 'safety',
  },
  {
    key: 'monitoring',
    path: '/monitoring',
    icon: LineChartOutlined,
    labelKey: 'menu.monitoring',
    anyOf: ['env:read'],
    group: 'safety',
  },
  {
    key: 'monitoringAlarms',
    path: '/monitoring-alarms',
    icon: AlertOutlined,
    labelKey: 'menu.monitoringAlarms',
    anyOf: ['env:read'],
    group: 'safety',
  },
  {
    key: 'users',
    path: '/system/users',
    icon: UserOutlined,
    labelKey: 'menu.users',
    anyOf: ['user:read', 'role:assign'],
    group: 'system',
  },
  {
    key: 'roles',
    path: '/system/roles',
    icon: TeamOutlined,
    labelKey: 'menu.roles',
    anyOf: ['role:read'],
    group: 'system',
  },
  {
    key: 'departments',
    path: '/system/departments',
    icon: ApartmentOutlined,
    labelKey: 'menu.departments',
    anyOf: ['org:manage'],
    group: 'system',
  },
  {
    key: 'subParks',
    path: '/system/sub-parks',
    icon: ClusterOutlined,
    labelKey: 'menu.subParks',
    anyOf: ['org:manage'],
    group: 'system',
  },
  {
    key: 'zone',
    path: '/system/zone',
    icon: BankOutlined,
    labelKey: 'menu.zone',
    anyOf: ['org:manage'],
    group: 'system',
  },
  {
    key: 'securityPolicy',
    path: '/system/security-policy',
    icon: SafetyCertificateOutlined,
    labelKey: 'menu.securityPolicy',
    anyOf: ['policy:manage'],
    group: 'system',
  },
  { key: 'audit', path: '/audit', icon: AuditOutlined, labelKey: 'menu.audit', anyOf: ['audit:read'] },
];

/** The menu entry with this key; throws on a typo so a broken route fails loudly in development. */
export function menuEntry(key: string): MenuEntry {
  const entry = menuEntries.find((e) => e.key === key);
  if (!entry) throw new Error(`Unknown menu entry: ${key}`);
  return entry;
}

/** The entry whose page contains `pathname` (longest matching path), for highlighting the menu. */
export function menuEntryForPath(pathname: string): MenuEntry | undefined {
  return [...menuEntries]
    .filter((e) =>
      e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
}
