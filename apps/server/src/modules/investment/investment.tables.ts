/** Rows of investment attraction (招商引资): investors, agents, leads and activities. */
export interface InvestorTable {
  id: string;
  name: string;
  kind: 'company' | 'person';
  /** Where the investor is based (province and city, or country for a foreign one). */
  region: string;
  is_foreign: number;
  industry_code: string | null;
  contact_name: string;
  contact_phone: string | null;
  contact_title: string;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** 招商代理: an agent paid to bring projects. */
export interface InvestmentAgentTable {
  id: string;
  name: string;
  contact_name: string;
  contact_phone: string | null;
  contract_from: string | null;
  contract_to: string | null;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** 线索: a possible project, before anyone negotiates. */
export interface InvestmentLeadTable {
  id: string;
  title: string;
  investor_id: string | null;
  /** LeadSource of the contracts (以商招商, 委托代理, 展会/推介会 …). */
  source: string;
  agent_id: string | null;
  industry_code: string | null;
  estimated_investment_fen: number | null;
  received_on: string;
  follower_user_id: string | null;
  department_id: string | null;
  status: 'open' | 'converted' | 'dropped';
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** 接待 / 外出考察 / 推介会. */
export interface InvestmentActivityTable {
  id: string;
  kind: 'reception' | 'trip' | 'promotionEvent';
  title: string;
  started_on: string;
  ended_on: string;
  place: string;
  participants: string;
  /** Visiting merchants (reception) or companies visited (trip), as written. */
  counterparts: string;
  /** JSON list of investor ids met. */
  investor_ids: string;
  outcome: string;
  department_id: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    investors: InvestorTable;
    investment_agents: InvestmentAgentTable;
    investment_leads: InvestmentLeadTable;
    investment_activities: InvestmentActivityTable;
  }
}
