/**
 * The permission catalogue. A permission is `module:action`; every route declares one.
 * `duty` says which of the three separated administrator duties (三权分立) a permission belongs to:
 * a role of one duty may hold only that duty's permissions (and `shared` ones); business roles hold
 * no administrator permission at all.
 */
export type AdminDuty = 'system' | 'security' | 'audit';

/** One catalogue entry. */
export interface PermissionDefinition {
  code: string;
  module: string;
  duty: AdminDuty | 'business' | 'shared';
  labelZh: string;
  labelEn: string;
}

/** Permissions of the platform itself; business modules add theirs in their own contract file. */
export const platformPermissions = [
  {
    code: 'org:read',
    module: 'organisation',
    duty: 'shared',
    labelZh: '查看组织架构',
    labelEn: 'View organisation',
  },
  {
    code: 'org:manage',
    module: 'organisation',
    duty: 'system',
    labelZh: '管理园区、部门与开发区信息',
    labelEn: 'Manage zone, sub-parks, departments',
  },
  { code: 'user:read', module: 'accounts', duty: 'system', labelZh: '查看账号', labelEn: 'View accounts' },
  {
    code: 'user:manage',
    module: 'accounts',
    duty: 'system',
    labelZh: '管理账号',
    labelEn: 'Manage accounts',
  },
  {
    code: 'role:read',
    module: 'accounts',
    duty: 'security',
    labelZh: '查看角色与权限',
    labelEn: 'View roles',
  },
  {
    code: 'role:manage',
    module: 'accounts',
    duty: 'security',
    labelZh: '管理角色与权限',
    labelEn: 'Manage roles',
  },
  {
    code: 'role:assign',
    module: 'accounts',
    duty: 'security',
    labelZh: '为账号分配角色与数据范围',
    labelEn: 'Assign roles and data scope',
  },
  {
    code: 'policy:manage',
    module: 'accounts',
    duty: 'security',
    labelZh: '管理安全策略',
    labelEn: 'Manage security policy',
  },
  {
    code: 'audit:read',
    module: 'audit',
    duty: 'audit',
    labelZh: '查看审计日志',
    labelEn: 'Read audit trail',
  },
  {
    code: 'file:upload',
    module: 'files',
    duty: 'business',
    labelZh: '上传附件',
    labelEn: 'Upload attachments',
  },
  {
    code: 'file:read',
    module: 'files',
    duty: 'business',
    labelZh: '下载附件',
    labelEn: 'Download attachments',
  },
] as const satisfies readonly PermissionDefinition[];

/** Permissions of the enterprise registry. */
export const enterprisePermissions = [
  {
    code: 'enterprise:read',
    module: 'enterprises',
    duty: 'business',
    labelZh: '查看企业档案',
    labelEn: 'View enterprises',
  },
  {
    code: 'enterprise:manage',
    module: 'enterprises',
    duty: 'business',
    labelZh: '登记和维护企业',
    labelEn: 'Manage enterprises',
  },
  {
    code: 'enterprise:import',
    module: 'enterprises',
    duty: 'business',
    labelZh: '导入企业',
    labelEn: 'Import enterprises',
  },
  {
    code: 'enterprise:export',
    module: 'enterprises',
    duty: 'business',
    labelZh: '导出企业',
    labelEn: 'Export enterprises',
  },
  {
    code: 'enterprise:self',
    module: 'enterprises',
    duty: 'business',
    labelZh: '维护本企业联系信息',
    labelEn: 'Edit own enterprise contacts',
  },
] as const satisfies readonly PermissionDefinition[];

/** Permissions of economic indicators. */
export const indicatorPermissions = [
  {
    code: 'indicator:read',
    module: 'indicators',
    duty: 'business',
    labelZh: '查看指标目录',
    labelEn: 'View indicators',
  },
  {
    code: 'indicator:manage',
    module: 'indicators',
    duty: 'business',
    labelZh: '维护指标目录',
    labelEn: 'Manage indicators',
  },
] as const satisfies readonly PermissionDefinition[];

/** Permissions of monthly reporting and the figures computed from it. */
export const reportingPermissions = [
  {
    code: 'report:fill',
    module: 'indicators',
    duty: 'business',
    labelZh: '填报本企业月报',
    labelEn: 'Fill own monthly reports',
  },
  {
    code: 'report:read',
    module: 'indicators',
    duty: 'business',
    labelZh: '查看填报任务和月报',
    labelEn: 'View reporting tasks and reports',
  },
  {
    code: 'report:review',
    module: 'indicators',
    duty: 'business',
    labelZh: '下发任务、审核、修订和导入月报',
    labelEn: 'Open tasks, review, revise and import reports',
  },
  {
    code: 'stats:read',
    module: 'indicators',
    duty: 'business',
    labelZh: '查看经济运行数据',
    labelEn: 'View economic figures',
  },
  {
    code: 'stats:enter',
    module: 'indicators',
    duty: 'business',
    labelZh: '录入全区指标',
    labelEn: 'Enter zone-level figures',
  },
] as const satisfies readonly PermissionDefinition[];

/** Permissions of annual targets (目标任务) and their progress. */
export const targetPermissions = [
  {
    code: 'target:read',
    module: 'targets',
    duty: 'business',
    labelZh: '查看目标任务',
    labelEn: 'View targets',
  },
  {
    code: 'target:manage',
    module: 'targets',
    duty: 'business',
    labelZh: '设定目标任务',
    labelEn: 'Set targets',
  },
] as const satisfies readonly PermissionDefinition[];

/** Permissions of investment attraction (招商引资) and project scheduling (项目调度). */
export const investmentPermissions = [
  {
    code: 'investment:read',
    module: 'investment',
    duty: 'business',
    labelZh: '查看客商、线索、招商活动与招商引资数据',
    labelEn: 'View investors, leads, activities and investment figures',
  },
  {
    code: 'investment:manage',
    module: 'investment',
    duty: 'business',
    labelZh: '维护客商、线索、招商代理与招商活动',
    labelEn: 'Manage investors, leads, agents and activities',
  },
  {
    code: 'project:read',
    module: 'projects',
    duty: 'business',
    labelZh: '查看项目及其调度',
    labelEn: 'View projects and their scheduling',
  },
  {
    code: 'project:manage',
    module: 'projects',
    duty: 'business',
    labelZh: '登记项目、推进阶段、协议与到位资金',
    labelEn: 'Manage projects, stages, agreements and funds in place',
  },
  {
    code: 'schedule:manage',
    module: 'projects',
    duty: 'business',
    labelZh: '项目调度:节点、形象进度、协调事项与调度会',
    labelEn: 'Schedule projects: milestones, progress, issues, meetings',
  },
] as const satisfies readonly PermissionDefinition[];

/** Permissions of safety inspections, hazards and the environment (安全环保). */
export const safetyPermissions = [
  {
    code: 'safety:read',
    module: 'safety',
    duty: 'business',
    labelZh: '查看检查、隐患与安全生产责任书',
    labelEn: 'View inspections, hazards and safety agreements',
  },
  {
    code: 'safety:inspect',
    module: 'safety',
    duty: 'business',
    labelZh: '开展检查、登记隐患、复查销号、下达整改通知书',
    labelEn: 'Inspect, register hazards, reinspect and close, issue notices',
  },
  {
    code: 'safety:manage',
    module: 'safety',
    duty: 'business',
    labelZh: '检查计划与检查表、挂牌督办、安全生产责任书',
    labelEn: 'Manage plans, checklists, supervision and safety agreements',
  },
  {
    code: 'hazard:rectify',
    module: 'safety',
    duty: 'business',
    labelZh: '提交本企业隐患整改',
    labelEn: 'Submit own hazard rectifications',
  },
  {
    code: 'env:read',
    module: 'environment',
    duty: 'business',
    labelZh: '查看排污许可与环境监测',
    labelEn: 'View discharge permits and monitoring',
  },
  {
    code: 'env:manage',
    module: 'environment',
    duty: 'business',
    labelZh: '维护排污许可、监测站点与阈值,处置报警',
    labelEn: 'Manage permits, stations, thresholds and alarms',
  },
] as const satisfies readonly PermissionDefinition[];

/** Every permission known to this build. */
export const permissionCatalogue: readonly PermissionDefinition[] = [
  ...platformPermissions,
  ...enterprisePermissions,
  ...indicatorPermissions,
  ...targetPermissions,
  ...reportingPermissions,
  ...investmentPermissions,
  ...safetyPermissions,
];

/** Pseudo-permission for routes any signed-in user may call (own profile, logout). */
export const AUTHENTICATED = 'authenticated';
/** Pseudo-permission for the short public list (login, health, login options). */
export const PUBLIC = 'public';

/** The kinds of data scope a user can hold. */
export const scopeKinds = ['zone', 'subParks', 'department', 'enterprise'] as const;
export type ScopeKind = (typeof scopeKinds)[number];
