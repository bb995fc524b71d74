import type { KaifaquApp } from '../../app.js';
import { newId } from '../../platform/ids.js';

let serial = 0;

/** Inserts a project row directly (the projects module is not under test here); returns its id. */
export async function insertProjectRow(
  app: KaifaquApp,
  links: {
    name?: string;
    investorId?: string | null;
    agentId?: string | null;
    promotionEventId?: string | null;
    subParkId?: string | null;
    plannedInvestmentCnyFen?: number;
    stage?: string;
  },
): Promise<string> {
  const at = app.ctx.clock.now().toISOString();
  const id = newId();
  serial += 1;
  await app.ctx.db
    .insertInto('projects')
    .values({
      id,
      code: `T-INV-${serial}-${id.slice(-6)}`,
      name: links.name ?? `测试项目${serial}`,
      kind: 'investment',
      project_type: 'newBuild',
      works_category: null,
      investor_id: links.investorId ?? null,
      lead_id: null,
      agent_id: links.agentId ?? null,
      promotion_event_id: links.promotionEventId ?? null,
      enterprise_id: null,
      industry_code: null,
      sub_park_id: links.subParkId ?? null,
      department_id: null,
      currency: 'CNY',
      planned_investment: links.plannedInvestmentCnyFen ?? 0,
      planned_investment_cny_fen: links.plannedInvestmentCnyFen ?? 0,
      signed_amount: null,
      signed_amount_cny_fen: null,
      stage: links.stage ?? 'signed',
      stage_since: '2026-03-01',
      termination_reason: null,
      is_key: 0,
      leader_name: '王五',
      owner_user_id: null,
      works_quantity_unit: null,
      works_planned_quantity_centi: null,
      description: '',
      created_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** A complete investor body; override what the test is about. */
export function investorBody(overrides: object = {}) {
  return {
    name: '苏州宏达电子集团',
    kind: 'company',
    region: '江苏省苏州市',
    isForeign: false,
    industryCode: '3971',
    contactName: '陈总',
    contactPhone: '13900001111',
    contactTitle: '副总经理',
    note: '',
    ...overrides,
  };
}
