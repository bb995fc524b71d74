/** Tables of the hazard loop (migration 2026-12-02T1020-hazard-rectification). */

/** One entry of a hazard's timeline. */
export interface HazardEventTable {
  id: string;
  hazard_id: string;
  /** registered | rectified | plan | returned | closed | supervised | deadline | overdue | escalated | notice */
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  actor_user_id: string | null;
  actor_name: string | null;
  at: string;
}

/** 整改: one submission by the enterprise and the outcome of its re-inspection (复查). */
export interface HazardRectificationTable {
  id: string;
  hazard_id: string;
  done_on: string;
  measures: string;
  /** JSON list of attachment ids. */
  photo_file_ids: string;
  submitted_by: string | null;
  submitted_at: string;
  outcome: 'close' | 'return' | null;
  reason: string | null;
  /** 评估意见 (major hazards). */
  evaluation: string | null;
  on_site_review_on: string | null;
  reinspected_on: string | null;
  reinspected_by: string | null;
}

/** 重大隐患治理方案: the six parts (domain.md §9). */
export interface HazardPlanTable {
  hazard_id: string;
  objective: string;
  methods: string;
  funding: string;
  organisation: string;
  timeline: string;
  safety_measures: string;
  file_ids: string;
  submitted_by: string | null;
  submitted_at: string;
}

/** 整改通知书. */
export interface RectificationNoticeTable {
  id: string;
  number: string;
  year: number;
  enterprise_id: string;
  sub_park_id: string | null;
  department_id: string | null;
  deadline: string;
  issuing_body: string;
  issued_on: string;
  file_id: string;
  created_by: string | null;
  created_at: string;
}

export interface NoticeHazardTable {
  notice_id: string;
  hazard_id: string;
}

/** 安全生产责任书. */
export interface SafetyAgreementTable {
  id: string;
  year: number;
  party_kind: 'enterprise' | 'constructionUnit';
  enterprise_id: string | null;
  unit_name: string;
  project: string | null;
  signed_on: string;
  signatories: string;
  file_ids: string;
  note: string | null;
  sub_park_id: string | null;
  department_id: string | null;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Yearly counters: 'hazard' codes and 'notice' numbers. */
export interface HazardSequenceTable {
  name: string;
  year: number;
  last_value: number;
}

declare module '../../../platform/db/database.js' {
  interface Database {
    hazard_events: HazardEventTable;
    hazard_rectifications: HazardRectificationTable;
    hazard_plans: HazardPlanTable;
    rectification_notices: RectificationNoticeTable;
    notice_hazards: NoticeHazardTable;
    safety_agreements: SafetyAgreementTable;
    hazard_sequences: HazardSequenceTable;
  }
}
