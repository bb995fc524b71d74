/**
 * Rows of the project pipeline. Money is integer minor units of `currency` (分 or US cents);
 * `*_cny_fen` are CNY equivalents (the figures and size bands use them).
 */
export interface ProjectTable {
  id: string;
  code: string;
  name: string;
  /** investment: an enterprise project from the pipeline; government: a public works project. */
  kind: 'investment' | 'government';
  /** ProjectType of the contracts (新建, 增资扩建, 嫁接盘活, 总部经济, 现代服务业 …). */
  project_type: string;
  /** WorksCategory of the contracts (road, pipe …); government works only. */
  works_category: string | null;
  investor_id: string | null;
  lead_id: string | null;
  agent_id: string | null;
  /** The 推介会 it was signed at. */
  promotion_event_id: string | null;
  /** The zone enterprise the project became (一企一档 shows it). */
  enterprise_id: string | null;
  industry_code: string | null;
  sub_park_id: string | null;
  /** Owning department: the key of the department data scope. */
  department_id: string | null;
  currency: 'CNY' | 'USD';
  planned_investment: number;
  planned_investment_cny_fen: number;
  signed_amount: number | null;
  signed_amount_cny_fen: number | null;
  /** ProjectStage of the contracts; the dated history is in project_stage_events. */
  stage: string;
  stage_since: string;
  termination_reason: string | null;
  /** 重点项目: followed by scheduling. */
  is_key: number;
  leader_name: string;
  owner_user_id: string | null;
  /** Unit of a works quantity (km, m2 …) and its planned total × 100, for progress %. */
  works_quantity_unit: string | null;
  works_planned_quantity_centi: number | null;
  description: string;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One entry into a stage, dated by when it happened (not when it was recorded). */
export interface ProjectStageEventTable {
  id: string;
  project_id: string;
  from_stage: string | null;
  stage: string;
  entered_on: string;
  note: string;
  recorded_by: string | null;
  recorded_at: string;
}

/** 协议 and its commitments; per-亩 figures in 分 per 亩, area in hundredths of a 亩. */
export interface ProjectAgreementTable {
  id: string;
  project_id: string;
  title: string;
  signed_on: string;
  start_deadline: string | null;
  completion_deadline: string | null;
  production_deadline: string | null;
  land_area_centimu: number | null;
  investment_intensity_fen_per_mu: number | null;
  output_per_mu_fen: number | null;
  tax_per_mu_fen: number | null;
  /** JSON list of attachment ids. */
  file_ids: string;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** 到位资金 of a month, by origin (省内 / 省外 / 外资). */
export interface ProjectFundsTable {
  id: string;
  project_id: string;
  period: string;
  origin: 'inProvince' | 'outOfProvince' | 'foreign';
  amount_cny_fen: number;
  amount_usd_cents: number | null;
  note: string;
  recorded_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    projects: ProjectTable;
    project_stage_events: ProjectStageEventTable;
    project_agreements: ProjectAgreementTable;
    project_funds: ProjectFundsTable;
  }
}
