/** A milestone (节点) of a project: a permit (前期手续) or a construction step, planned and actual. */
export interface ProjectMilestoneTable {
  id: string;
  project_id: string;
  kind: 'permit' | 'construction';
  /** MilestoneCode of the contracts; 'custom' for one named freely. */
  code: string;
  name: string;
  planned_on: string | null;
  actual_on: string | null;
  owner_user_id: string | null;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A monthly progress report: 形象进度 with photos, investment of the month and cumulative. */
export interface ProjectProgressReportTable {
  id: string;
  project_id: string;
  period: string;
  progress_note: string;
  /** JSON list of attachment ids. */
  photo_file_ids: string;
  investment_this_month_fen: number;
  investment_cumulative_fen: number;
  /** Cumulative quantity done × 100, in the project's works unit (km, m2 …). */
  quantity_done_centi: number | null;
  reported_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A funding source of a government works project (专项债, 中央预算内资金, 自筹 …). */
export interface ProjectFundingSourceTable {
  id: string;
  project_id: string;
  source: string;
  amount_fen: number;
  arrived_fen: number;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A scheduling meeting (调度会) and its minutes; its decisions are coordination issues. */
export interface SchedulingMeetingTable {
  id: string;
  held_on: string;
  title: string;
  chair: string;
  attendees: string;
  minutes: string;
  /** JSON list of attachment ids. */
  file_ids: string;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A problem to coordinate (协调事项), followed to solved and supervised (督办) when overdue. */
export interface CoordinationIssueTable {
  id: string;
  project_id: string;
  stage: string;
  description: string;
  responsible_department_id: string;
  owner_user_id: string | null;
  deadline: string;
  status: 'open' | 'inProgress' | 'solved';
  solution: string;
  solved_on: string | null;
  supervised: number;
  supervised_at: string | null;
  meeting_id: string | null;
  decision: string;
  raised_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

declare module '../../../platform/db/database.js' {
  interface Database {
    project_milestones: ProjectMilestoneTable;
    project_progress_reports: ProjectProgressReportTable;
    project_funding_sources: ProjectFundingSourceTable;
    scheduling_meetings: SchedulingMeetingTable;
    coordination_issues: CoordinationIssueTable;
  }
}
