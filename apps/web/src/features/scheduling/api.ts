import type {
  CoordinationIssue,
  CoordinationIssueCreateBody,
  CoordinationIssueListQuery,
  CoordinationIssueTransitionBody,
  FileMeta,
  FundingSource,
  FundingSourceCreateBody,
  FundingSourceUpdateBody,
  FundingSummary,
  Milestone,
  MilestoneCreateBody,
  MilestoneStandardBody,
  MilestoneUpdateBody,
  ProgressReport,
  ProgressReportCreateBody,
  ProgressReportUpdateBody,
  SchedulingMeeting,
  SchedulingMeetingCreateBody,
  SchedulingMeetingDetail,
  SchedulingOverviewRow,
} from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/** A project as the decision pick list needs it. */
export interface ProjectOption {
  id: string;
  code: string;
  name: string;
}

const project = (id: string) => `/projects/${id}`;

/** Calls of the scheduling module (项目调度). */
export const schedulingApi = {
  overview: () => http.get<SchedulingOverviewRow[]>('/scheduling/overview'),
  milestones: (id: string) => http.get<Milestone[]>(`${project(id)}/milestones`),
  createStandard: (id: string, body: MilestoneStandardBody) =>
    http.post<Milestone[]>(`${project(id)}/milestones/standard`, body),
  createMilestone: (id: string, body: MilestoneCreateBody) =>
    http.post<Milestone>(`${project(id)}/milestones`, body),
  updateMilestone: (id: string, milestoneId: string, body: MilestoneUpdateBody) =>
    http.put<Milestone>(`${project(id)}/milestones/${milestoneId}`, body),
  deleteMilestone: (id: string, milestoneId: string, version: number) =>
    http.delete<void>(`${project(id)}/milestones/${milestoneId}?version=${version}`),
  progress: (id: string) => http.get<ProgressReport[]>(`${project(id)}/progress-reports`),
  createProgress: (id: string, body: ProgressReportCreateBody) =>
    http.post<ProgressReport>(`${project(id)}/progress-reports`, body),
  updateProgress: (id: string, reportId: string, body: ProgressReportUpdateBody) =>
    http.put<ProgressReport>(`${project(id)}/progress-reports/${reportId}`, body),
  funding: (id: string) => http.get<FundingSummary>(`${project(id)}/funding-sources`),
  createFunding: (id: string, body: FundingSourceCreateBody) =>
    http.post<FundingSource>(`${project(id)}/funding-sources`, body),
  updateFunding: (id: string, sourceId: string, body: FundingSourceUpdateBody) =>
    http.put<FundingSource>(`${project(id)}/funding-sources/${sourceId}`, body),
  deleteFunding: (id: string, sourceId: string, version: number) =>
    http.delete<void>(`${project(id)}/funding-sources/${sourceId}?version=${version}`),
  projectIssues: (id: string) => http.get<CoordinationIssue[]>(`${project(id)}/coordination-issues`),
  createIssue: (id: string, body: CoordinationIssueCreateBody) =>
    http.post<CoordinationIssue>(`${project(id)}/coordination-issues`, body),
  issues: (query: CoordinationIssueListQuery) => http.get<CoordinationIssue[]>('/coordination-issues', query),
  transitionIssue: (issueId: string, body: CoordinationIssueTransitionBody) =>
    http.post<CoordinationIssue>(`/coordination-issues/${issueId}/transitions`, body),
  meetings: () => http.get<SchedulingMeeting[]>('/scheduling-meetings'),
  meeting: (id: string) => http.get<SchedulingMeetingDetail>(`/scheduling-meetings/${id}`),
  createMeeting: (body: SchedulingMeetingCreateBody) =>
    http.post<SchedulingMeetingDetail>('/scheduling-meetings', body),
  /** Projects to pick from (the projects module's list, first 200 matching `q`). */
  projectOptions: (q?: string) =>
    http.get<{ items: ProjectOption[] }>('/projects', { pageSize: 200, ...(q ? { q } : {}) }),
  /** Uploads a photo or attachment (POST /files) and returns its metadata. */
  upload: (file: File, owner: { enterpriseId?: string | null; subParkId?: string | null } = {}) => {
    const form = new FormData();
    if (owner.enterpriseId) form.append('enterpriseId', owner.enterpriseId);
    if (owner.subParkId) form.append('subParkId', owner.subParkId);
    form.append('file', file);
    return http.upload<FileMeta>('/files', form);
  },
};
