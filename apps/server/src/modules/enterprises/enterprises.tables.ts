import type { EnterpriseStatus, Ownership, QualificationKind } from '@kaifaqu/contracts';

/** Rows of the enterprise registry. */
export interface EnterpriseTable {
  id: string;
  credit_code: string;
  name: string;
  legal_representative: string;
  registered_capital_fen: number;
  registered_capital_currency: string;
  established_on: string | null;
  settled_on: string | null;
  sub_park_id: string | null;
  /** Owning department: the liaison's department, the key of the department data scope. */
  department_id: string | null;
  address: string;
  industry_code: string;
  leading_industry_code: string | null;
  ownership: Ownership;
  land_area_centimu: number | null;
  employees: number;
  contact_name: string;
  contact_phone: string | null;
  liaison_user_id: string | null;
  tags: string;
  status: EnterpriseStatus;
  status_since: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EnterpriseStatusHistoryTable {
  id: string;
  enterprise_id: string;
  status: EnterpriseStatus;
  effective_on: string;
  note: string;
  recorded_by: string | null;
  recorded_at: string;
}

export interface EnterpriseQualificationTable {
  id: string;
  enterprise_id: string;
  kind: QualificationKind;
  year: number | null;
  certificate_no: string;
  valid_from: string | null;
  valid_to: string | null;
  board: string | null;
  status: 'active' | 'revoked';
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EnterpriseChangeTable {
  id: string;
  enterprise_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  changed_by: string | null;
  changed_at: string;
}

export interface LeadingIndustryTable {
  code: string;
  name: string;
  sort_order: number;
}

declare module '../../platform/db/database.js' {
  interface Database {
    enterprises: EnterpriseTable;
    enterprise_status_history: EnterpriseStatusHistoryTable;
    enterprise_qualifications: EnterpriseQualificationTable;
    enterprise_changes: EnterpriseChangeTable;
    leading_industries: LeadingIndustryTable;
  }
}
