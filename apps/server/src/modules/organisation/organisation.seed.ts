import type { AppContext } from '../../platform/context.js';
import type { DemoSeedContext } from '../../demo/demo-random.js';
import * as repo from './organisation.repository.js';

/** The demo zone's sub-parks (一区多园), one per leading industry. */
export const demoSubParks = [
  {
    code: 'ZN',
    name: '智能制造产业园',
    boundary: '东至滨河路,南至兴业大道,西至科创路,北至环园北路',
    areaMu: 12600_00,
  },
  {
    code: 'XC',
    name: '新材料产业园',
    boundary: '东至化工大道,南至纬三路,西至经五路,北至沿江路',
    areaMu: 9800_50,
  },
  {
    code: 'SW',
    name: '生物医药产业园',
    boundary: '东至药谷大道,南至健康路,西至滨湖路,北至纬一路',
    areaMu: 6450_25,
  },
];

/** The committee's departments as product.md names them. */
export const demoDepartments = [
  { code: 'LEAD', name: '管委会领导', duties: '主任、分管副主任' },
  { code: 'OFFICE', name: '党政办公室', duties: '综合协调、工作总结、目标考核' },
  { code: 'INVEST', name: '招商局', duties: '招商引资、客商接待、项目洽谈' },
  { code: 'ECON', name: '经济发展局', duties: '经济运行、统计、亩均评价' },
  { code: 'PLAN', name: '规划建设局', duties: '重点项目调度、基础设施建设' },
  { code: 'LAND', name: '国土资源分局', duties: '宗地、征收、供地、闲置土地处置' },
  { code: 'SAFE', name: '安全生产和环境保护局', duties: '安全检查、隐患整改、环境监测' },
  { code: 'SERV', name: '企业服务中心', duties: '企业秘书、诉求办理、惠企政策' },
  { code: 'ASSET', name: '资产运营公司', duties: '标准厂房、职工公寓、门面房租赁' },
  { code: 'PARTY', name: '党建工作办公室', duties: '非公党建、党员管理' },
  { code: 'TALENT', name: '人才工作办公室', duties: '人才引进、招聘会' },
  { code: 'IT', name: '信息中心', duties: '系统运维、网络安全' },
];

/** Seeds the demo zone 示范经济开发区 with its sub-parks and departments. */
export async function seedOrganisationDemo(ctx: AppContext, demo: DemoSeedContext): Promise<void> {
  const at = demo.at.toISOString();
  await repo.insertZone(ctx.db, {
    id: demo.random.id(demo.at),
    name: '示范经济开发区',
    division_code: '320585',
    version: 1,
    created_at: at,
    updated_at: at,
  });
  for (const park of demoSubParks) {
    await repo.insertSubPark(ctx.db, {
      id: demo.random.id(demo.at),
      code: park.code,
      name: park.name,
      boundary: park.boundary,
      area_centimu: park.areaMu,
      status: 'active',
      version: 1,
      created_at: at,
      updated_at: at,
    });
  }
  for (const dept of demoDepartments) {
    await repo.insertDepartment(ctx.db, {
      id: demo.random.id(demo.at),
      ...dept,
      status: 'active',
      version: 1,
      created_at: at,
      updated_at: at,
    });
  }
}
