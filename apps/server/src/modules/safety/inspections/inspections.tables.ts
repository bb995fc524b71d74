/** A checklist template (检查表); built-in ones are seeded by the migration. */
export interface ChecklistTable {
  id: string;
  title: string;
  /** SpecialTopic, or null for a general checklist. */
  topic: string | null;
  description: string;
  built_in: number;
  status: 'active' | 'archived';
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One line of a checklist template. */
export interface ChecklistItemTable {
  id: string;
  checklist_id: string;
  seq: number;
  content: string;
  legal_basis: string;
  /** HazardCategory a failure of the line defaults to. */
  hazard_category: string;
}

/** An inspection plan (检查计划). */
export interface InspectionPlanTable {
  id: string;
  title: string;
  kind: 'routine' | 'special' | 'joint' | 'thirdParty';
  frequency: string | null;
  special_topic: string | null;
  joint_departments: string;
  provider: string;
  starts_on: string;
  ends_on: string;
  checklist_id: string | null;
  department_id: string | null;
  note: string;
  status: 'active' | 'closed';
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** An enterprise a plan covers. */
export interface InspectionPlanEnterpriseTable {
  plan_id: string;
  enterprise_id: string;
}

/** One item of an inspection record, copied from its checklist or added on site. */
export interface InspectionItemTable {
  id: string;
  inspection_id: string;
  checklist_item_id: string | null;
  seq: number;
  content: string;
  legal_basis: string;
  result: 'pass' | 'fail' | 'notApplicable' | null;
  note: string;
  /** JSON list of attachment ids. */
  photo_file_ids: string;
  hazard_grade: 'general' | 'major';
  hazard_category: string;
  hazard_location: string;
  hazard_description: string;
  hazard_deadline: string | null;
  responsible_person: string;
  responsible_phone: string | null;
  hazard_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

declare module '../../../platform/db/database.js' {
  interface Database {
    checklists: ChecklistTable;
    checklist_items: ChecklistItemTable;
    inspection_plans: InspectionPlanTable;
    inspection_plan_enterprises: InspectionPlanEnterpriseTable;
    inspection_items: InspectionItemTable;
  }
}
