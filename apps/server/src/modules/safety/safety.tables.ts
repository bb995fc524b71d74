/** Rows shared by the whole safety module: inspections and hazards. */
export interface InspectionTable {
  id: string;
  plan_id: string | null;
  checklist_id: string | null;
  /** routine (日查/周查/月查) | special (专项) | joint (联合) | thirdParty (安全管家/环保管家). */
  kind: 'routine' | 'special' | 'joint' | 'thirdParty';
  enterprise_id: string;
  /** The enterprise's sub-park when inspected. */
  sub_park_id: string | null;
  department_id: string | null;
  inspected_on: string;
  inspectors: string;
  status: 'draft' | 'completed';
  summary: string;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** 隐患: one finding at one enterprise, through its rectification loop to closure (销号). */
export interface HazardTable {
  id: string;
  code: string;
  enterprise_id: string;
  sub_park_id: string | null;
  department_id: string | null;
  source: 'inspection' | 'alarm' | 'manual';
  inspection_id: string | null;
  inspection_item_id: string | null;
  alarm_id: string | null;
  location: string;
  /** HazardCategory of the contracts. */
  category: string;
  grade: 'general' | 'major';
  description: string;
  legal_basis: string;
  /** JSON list of attachment ids. */
  photo_file_ids: string;
  found_on: string;
  deadline: string;
  responsible_person: string;
  responsible_phone: string | null;
  /** HazardStatus of the contracts. */
  status: string;
  /** 挂牌督办. */
  supervised: number;
  supervised_level: string | null;
  /** First day the daily job found it past its deadline and still open. */
  overdue_since: string | null;
  escalated_at: string | null;
  closed_on: string | null;
  closed_by: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    inspections: InspectionTable;
    hazards: HazardTable;
  }
}
