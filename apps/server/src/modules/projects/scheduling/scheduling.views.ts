import type {
  CoordinationIssue,
  FundingSource,
  FundingSourceKind,
  Milestone,
  ProgressReport,
} from '@kaifaqu/contracts';

import { parseIdList } from '../../../platform/auth/data-scope.js';
import type {
  CoordinationIssueTable,
  ProjectFundingSourceTable,
  ProjectMilestoneTable,
  ProjectProgressReportTable,
} from './scheduling.tables.js';

/** The standard Chinese names of the standard milestone codes. */
export const MILESTONE_NAMES: Record<string, string> = {
  projectFiling: '立项备案',
  landPreApproval: '用地预审',
  landSale: '土地出让',
  planningPermit: '规划许可',
  constructionPermit: '施工许可',
  eia: '环评',
  safetyAssessment: '安评',
  energyAssessment: '能评',
  start: '开工',
  topOut: '主体封顶',
  equipmentInstallation: '设备安装',
  completion: '竣工',
  production: '投产',
};

/** True when a milestone's planned date has passed without an actual date. */
export function milestoneOverdue(
  row: Pick<ProjectMilestoneTable, 'planned_on' | 'actual_on'>,
  today: string,
): boolean {
  return row.actual_on === null && row.planned_on !== null && row.planned_on < today;
}

/** True when an issue's deadline has passed and it is not solved. */
export function issueOverdue(
  row: Pick<CoordinationIssueTable, 'deadline' | 'status'>,
  today: string,
): boolean {
  return row.status !== 'solved' && row.deadline < today;
}

/** Progress % (two decimals) of a works quantity; null without a planned quantity or a figure. */
export function progressPercent(doneCenti: number | null, plannedCenti: number | null): number | null {
  if (doneCenti === null || !plannedCenti) return null;
  return Math.round((Number(doneCenti) * 10_000) / Number(plannedCenti)) / 100;
}

/** A milestone as the API shows it. */
export function milestoneView(row: ProjectMilestoneTable, today: string): Milestone {
  return {
    id: row.id,
    projectId: row.project_id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    plannedOn: row.planned_on,
    actualOn: row.actual_on,
    ownerUserId: row.owner_user_id,
    note: row.note,
    overdue: milestoneOverdue(row, today),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A progress report as the API shows it. */
export function progressView(row: ProjectProgressReportTable, plannedCenti: number | null): ProgressReport {
  const done = row.quantity_done_centi === null ? null : Number(row.quantity_done_centi);
  return {
    id: row.id,
    projectId: row.project_id,
    period: row.period,
    progressNote: row.progress_note,
    photoFileIds: parseIdList(row.photo_file_ids),
    investmentThisMonthFen: Number(row.investment_this_month_fen),
    investmentCumulativeFen: Number(row.investment_cumulative_fen),
    quantityDoneCenti: done,
    progressPercent: progressPercent(done, plannedCenti),
    reportedBy: row.reported_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A funding source as the API shows it. */
export function fundingView(row: ProjectFundingSourceTable): FundingSource {
  return {
    id: row.id,
    projectId: row.project_id,
    source: row.source as FundingSourceKind,
    amountFen: Number(row.amount_fen),
    arrivedFen: Number(row.arrived_fen),
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An issue row joined with its project's and department's names. */
export type IssueRow = CoordinationIssueTable & { project_name: string; department_name: string };

/** A coordination issue as the API shows it. */
export function issueView(row: IssueRow, today: string): CoordinationIssue {
  return {
    id: row.id,
    projectId: row.project_id,
    projectName: row.project_name,
    stage: row.stage,
    description: row.description,
    responsibleDepartmentId: row.responsible_department_id,
    responsibleDepartmentName: row.department_name,
    ownerUserId: row.owner_user_id,
    deadline: row.deadline,
    status: row.status,
    solution: row.solution,
    solvedOn: row.solved_on,
    supervised: Number(row.supervised) === 1,
    supervisedAt: row.supervised_at,
    meetingId: row.meeting_id,
    decision: row.decision,
    overdue: issueOverdue(row, today),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
