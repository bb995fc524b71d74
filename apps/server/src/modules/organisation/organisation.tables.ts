/** Rows of the organisation tables. */
export interface ZoneTable {
  id: string;
  name: string;
  division_code: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SubParkTable {
  id: string;
  code: string;
  name: string;
  boundary: string;
  /** Planned area in hundredths of a 亩, so decimals stay exact on both databases. */
  area_centimu: number | null;
  status: 'active' | 'archived';
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DepartmentTable {
  id: string;
  code: string;
  name: string;
  duties: string;
  /** 部门负责人: overdue hazards escalate to them (optional: rows written before the column existed). */
  head_user_id?: string | null;
  status: 'active' | 'archived';
  version: number;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    zone: ZoneTable;
    sub_parks: SubParkTable;
    departments: DepartmentTable;
  }
}
