import type { AdminDuty } from '@kaifaqu/contracts';

/** A role that exists out of the box (product.md "Who uses it"). */
export interface BuiltInRole {
  code: string;
  name: string;
  description: string;
  adminDuty: AdminDuty | null;
  permissions: string[];
}

const STAFF = [
  'org:read',
  'file:upload',
  'file:read',
  'enterprise:read',
  'enterprise:export',
  'indicator:read',
  'report:read',
  'stats:read',
  'target:read',
];
const INVESTMENT_READ = ['investment:read', 'project:read'];
const SAFETY_READ = ['safety:read', 'env:read'];
/** Departments that register and maintain enterprises. */
const REGISTRY = [...STAFF, 'enterprise:manage', 'enterprise:import'];

/**
 * The roles of the people in product.md. Business modules extend the permission lists of these
 * roles in their own migrations or seeds as they arrive.
 */
export const builtInRoles: BuiltInRole[] = [
  {
    code: 'leader',
    name: '领导',
    description: '主任、分管副主任:驾驶舱、指标与目标、督办',
    adminDuty: null,
    permissions: [
      'org:read',
      'file:read',
      'enterprise:read',
      'enterprise:export',
      'indicator:read',
      'report:read',
      'stats:read',
      'target:read',
      'investment:read',
      'project:read',
      'safety:read',
      'env:read',
    ],
  },
  {
    code: 'investment',
    name: '招商局',
    description: '线索、客商、项目与协议',
    adminDuty: null,
    permissions: [
      ...REGISTRY,
      'stats:enter',
      ...INVESTMENT_READ,
      'investment:manage',
      'project:manage',
      'schedule:manage',
    ],
  },
  {
    code: 'economic',
    name: '经发局(统计)',
    description: '月度指标、目标、亩均评价',
    adminDuty: null,
    permissions: [
      ...REGISTRY,
      'indicator:manage',
      'report:review',
      'stats:enter',
      'target:manage',
      ...INVESTMENT_READ,
      ...SAFETY_READ,
    ],
  },
  {
    code: 'planning',
    name: '规划建设部',
    description: '重点项目调度、基础设施、手续',
    adminDuty: null,
    permissions: [...STAFF, 'stats:enter', ...INVESTMENT_READ, 'project:manage', 'schedule:manage'],
  },
  {
    code: 'land',
    name: '国土(土地)',
    description: '宗地、征收、供地、闲置与低效用地',
    adminDuty: null,
    permissions: [...STAFF, 'project:read'],
  },
  {
    code: 'safety',
    name: '安全环保科',
    description: '检查、隐患、整改闭环、监测报警',
    adminDuty: null,
    permissions: [...STAFF, ...SAFETY_READ, 'safety:inspect', 'safety:manage', 'env:manage'],
  },
  {
    code: 'service',
    name: '企业服务科',
    description: '走访、诉求、惠企政策、转贷',
    adminDuty: null,
    permissions: REGISTRY,
  },
  {
    code: 'asset',
    name: '资产运营',
    description: '标准厂房、公寓、门面:租约与账单',
    adminDuty: null,
    permissions: STAFF,
  },
  { code: 'party', name: '党建办', description: '党组织、党员、覆盖率', adminDuty: null, permissions: STAFF },
  { code: 'talent', name: '人才工作', description: '人才引进、招聘会', adminDuty: null, permissions: STAFF },
  {
    code: 'office',
    name: '办公室',
    description: '工作总结、月度简报、部门目标',
    adminDuty: null,
    permissions: [...REGISTRY, 'stats:enter', ...INVESTMENT_READ, ...SAFETY_READ],
  },
  {
    code: 'enterprise',
    name: '企业用户',
    description: '本企业信息、月报、隐患整改、诉求、账单',
    adminDuty: null,
    permissions: [
      'file:upload',
      'file:read',
      'enterprise:read',
      'enterprise:self',
      'indicator:read',
      'report:fill',
      'stats:read',
      'project:read',
      'safety:read',
      'hazard:rectify',
      'env:read',
    ],
  },
  {
    code: 'sysadmin',
    name: '系统管理员',
    description: '管理账号与组织架构;不能查看审计日志',
    adminDuty: 'system',
    permissions: ['org:read', 'org:manage', 'user:read', 'user:manage'],
  },
  {
    code: 'secadmin',
    name: '安全管理员',
    description: '管理角色、权限与安全策略;不能操作业务数据',
    adminDuty: 'security',
    permissions: ['org:read', 'role:read', 'role:manage', 'role:assign', 'policy:manage'],
  },
  {
    code: 'auditadmin',
    name: '审计管理员',
    description: '只读审计日志',
    adminDuty: 'audit',
    permissions: ['audit:read'],
  },
];
