import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Nullable, StrictObject, Timestamp, Version } from './common.js';

// Project scheduling (项目调度): milestones (节点), progress reports (形象进度), funding sources of
// government works, coordination issues (协调事项) with supervision (督办), scheduling meetings (调度会).

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7 });
/** Money in 分, below 9e15 so it stays a safe integer. */
const Fen = Type.Integer({ minimum: 0, maximum: 8_999_999_999_999_999 });
const FileIds = Type.Array(Id, { maxItems: 30 });
const Text = (maxLength: number) => Type.String({ maxLength });

/** Stable codes of the module's refusals, for the web's English texts. */
export const SchedulingErrorCode = {
  illegalTransition: 'SCHEDULING_ILLEGAL_TRANSITION',
  issueSolved: 'SCHEDULING_ISSUE_SOLVED',
  periodDuplicate: 'SCHEDULING_PERIOD_DUPLICATE',
  cumulativeDecreases: 'SCHEDULING_CUMULATIVE_DECREASES',
  quantityWithoutPlan: 'SCHEDULING_QUANTITY_WITHOUT_PLAN',
  notGovernmentWorks: 'SCHEDULING_NOT_GOVERNMENT_WORKS',
  arrivedExceedsAmount: 'SCHEDULING_ARRIVED_EXCEEDS_AMOUNT',
  customNameRequired: 'SCHEDULING_CUSTOM_NAME_REQUIRED',
  milestoneDuplicate: 'SCHEDULING_MILESTONE_DUPLICATE',
  departmentUnknown: 'SCHEDULING_DEPARTMENT_UNKNOWN',
  userUnknown: 'SCHEDULING_USER_UNKNOWN',
  fileUnknown: 'SCHEDULING_FILE_UNKNOWN',
  decisionInvalid: 'SCHEDULING_DECISION_INVALID',
} as const;

/** 前期手续 codes: 立项备案, 用地预审, 土地出让, 规划许可, 施工许可, 环评, 安评, 能评. */
export const PERMIT_MILESTONE_CODES = [
  'projectFiling',
  'landPreApproval',
  'landSale',
  'planningPermit',
  'constructionPermit',
  'eia',
  'safetyAssessment',
  'energyAssessment',
] as const;
/** Construction milestone codes: 开工, 主体封顶, 设备安装, 竣工, 投产. */
export const CONSTRUCTION_MILESTONE_CODES = [
  'start',
  'topOut',
  'equipmentInstallation',
  'completion',
  'production',
] as const;

/** What a milestone is about: a permit (前期手续) or a construction step. */
export const MilestoneKind = Type.Union([Type.Literal('permit'), Type.Literal('construction')]);
export type MilestoneKind = Static<typeof MilestoneKind>;

/** A standard milestone code, or 'custom' for one named freely. */
export const MilestoneCode = Type.Union(
  [...PERMIT_MILESTONE_CODES, ...CONSTRUCTION_MILESTONE_CODES, 'custom'].map((c) => Type.Literal(c)),
);
export type MilestoneCode =
  (typeof PERMIT_MILESTONE_CODES)[number] | (typeof CONSTRUCTION_MILESTONE_CODES)[number] | 'custom';

/** A milestone (节点) with its planned and actual dates; `overdue` is computed with today's date. */
export const Milestone = Type.Object({
  id: Id,
  projectId: Id,
  kind: MilestoneKind,
  code: Type.String(),
  name: Type.String(),
  plannedOn: Nullable(DateString),
  actualOn: Nullable(DateString),
  ownerUserId: Nullable(Id),
  note: Type.String(),
  overdue: Type.Boolean(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Milestone = Static<typeof Milestone>;

/** Add one milestone; a standard code is added once per project, its name defaults to the standard one. */
export const MilestoneCreateBody = StrictObject({
  kind: MilestoneKind,
  code: MilestoneCode,
  name: Type.Optional(Text(100)),
  plannedOn: Nullable(DateString),
  actualOn: Nullable(DateString),
  ownerUserId: Nullable(Id),
  note: Text(1000),
});
export type MilestoneCreateBody = Static<typeof MilestoneCreateBody>;

/** Change a milestone's dates, owner or note (and the name of a custom one). */
export const MilestoneUpdateBody = StrictObject({
  name: Type.Optional(Text(100)),
  plannedOn: Nullable(DateString),
  actualOn: Nullable(DateString),
  ownerUserId: Nullable(Id),
  note: Text(1000),
  version: Version,
});
export type MilestoneUpdateBody = Static<typeof MilestoneUpdateBody>;

/** Create the standard set (the missing ones), optionally with planned dates by code. */
export const MilestoneStandardBody = StrictObject({
  kinds: Type.Optional(Type.Array(MilestoneKind, { minItems: 1, maxItems: 2 })),
  planned: Type.Optional(
    Type.Array(StrictObject({ code: MilestoneCode, plannedOn: DateString }), { maxItems: 20 }),
  ),
});
export type MilestoneStandardBody = Static<typeof MilestoneStandardBody>;

/** Path of one milestone. */
export const MilestoneParams = StrictObject({ id: Id, milestoneId: Id });
export type MilestoneParams = Static<typeof MilestoneParams>;

/** A monthly progress report; `progressPercent` is done / planned quantity (null without a plan). */
export const ProgressReport = Type.Object({
  id: Id,
  projectId: Id,
  period: Month,
  progressNote: Type.String(),
  photoFileIds: Type.Array(Id),
  investmentThisMonthFen: Type.Integer(),
  investmentCumulativeFen: Type.Integer(),
  quantityDoneCenti: Nullable(Type.Integer()),
  progressPercent: Nullable(Type.Number()),
  reportedBy: Nullable(Id),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProgressReport = Static<typeof ProgressReport>;

const progressFields = {
  progressNote: Text(4000),
  photoFileIds: FileIds,
  investmentThisMonthFen: Fen,
  /** Defaults to the previous month's cumulative plus this month; never below the previous one. */
  investmentCumulativeFen: Type.Optional(Fen),
  quantityDoneCenti: Type.Optional(Nullable(Fen)),
};

/** Report a month; one report per project and month. */
export const ProgressReportCreateBody = StrictObject({ period: Month, ...progressFields });
export type ProgressReportCreateBody = Static<typeof ProgressReportCreateBody>;

/** Correct a month's report. */
export const ProgressReportUpdateBody = StrictObject({ ...progressFields, version: Version });
export type ProgressReportUpdateBody = Static<typeof ProgressReportUpdateBody>;

/** Path of one progress report. */
export const ProgressReportParams = StrictObject({ id: Id, reportId: Id });
export type ProgressReportParams = Static<typeof ProgressReportParams>;

/** The funding source kinds of government works, in display order. */
export const FUNDING_SOURCE_KINDS = [
  'specialBond',
  'centralBudget',
  'provincialFund',
  'localFiscal',
  'selfRaised',
  'bankLoan',
  'other',
] as const;
/** Where a government works project's money comes from (专项债, 中央预算内资金, 自筹 …). */
export const FundingSourceKind = Type.Union(FUNDING_SOURCE_KINDS.map((s) => Type.Literal(s)));
export type FundingSourceKind = (typeof FUNDING_SOURCE_KINDS)[number];

/** One funding source with the amount arranged and the amount arrived. */
export const FundingSource = Type.Object({
  id: Id,
  projectId: Id,
  source: FundingSourceKind,
  amountFen: Type.Integer(),
  arrivedFen: Type.Integer(),
  note: Type.String(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type FundingSource = Static<typeof FundingSource>;

/** The funding sources of a project with their sums against the budget. */
export const FundingSummary = Type.Object({
  items: Type.Array(FundingSource),
  budgetFen: Type.Integer(),
  totalFen: Type.Integer(),
  arrivedFen: Type.Integer(),
});
export type FundingSummary = Static<typeof FundingSummary>;

/** Add a funding source. */
export const FundingSourceCreateBody = StrictObject({
  source: FundingSourceKind,
  amountFen: Fen,
  arrivedFen: Fen,
  note: Text(500),
});
export type FundingSourceCreateBody = Static<typeof FundingSourceCreateBody>;

/** Change a funding source. */
export const FundingSourceUpdateBody = StrictObject({
  source: FundingSourceKind,
  amountFen: Fen,
  arrivedFen: Fen,
  note: Text(500),
  version: Version,
});
export type FundingSourceUpdateBody = Static<typeof FundingSourceUpdateBody>;

/** Path of one funding source. */
export const FundingSourceParams = StrictObject({ id: Id, sourceId: Id });
export type FundingSourceParams = Static<typeof FundingSourceParams>;

/** Query of a version-checked removal. */
export const SchedulingDeleteQuery = StrictObject({ version: Version });
export type SchedulingDeleteQuery = Static<typeof SchedulingDeleteQuery>;

/** Status of a coordination issue: open → inProgress → solved, or open → solved; solved is final. */
export const CoordinationIssueStatus = Type.Union([
  Type.Literal('open'),
  Type.Literal('inProgress'),
  Type.Literal('solved'),
]);
export type CoordinationIssueStatus = Static<typeof CoordinationIssueStatus>;

/** A coordination issue (协调事项); `overdue` is computed with today's date. */
export const CoordinationIssue = Type.Object({
  id: Id,
  projectId: Id,
  projectName: Type.String(),
  stage: Type.String(),
  description: Type.String(),
  responsibleDepartmentId: Id,
  responsibleDepartmentName: Type.String(),
  ownerUserId: Nullable(Id),
  deadline: DateString,
  status: CoordinationIssueStatus,
  solution: Type.String(),
  solvedOn: Nullable(DateString),
  /** 督办: raised to supervision when it went overdue. */
  supervised: Type.Boolean(),
  supervisedAt: Nullable(Timestamp),
  meetingId: Nullable(Id),
  decision: Type.String(),
  overdue: Type.Boolean(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CoordinationIssue = Static<typeof CoordinationIssue>;

/** Raise a coordination issue on a project. */
export const CoordinationIssueCreateBody = StrictObject({
  description: Type.String({ minLength: 1, maxLength: 2000 }),
  responsibleDepartmentId: Id,
  ownerUserId: Nullable(Id),
  deadline: DateString,
});
export type CoordinationIssueCreateBody = Static<typeof CoordinationIssueCreateBody>;

/** Change an unsolved issue's description, department, owner or deadline. */
export const CoordinationIssueUpdateBody = StrictObject({
  description: Type.String({ minLength: 1, maxLength: 2000 }),
  responsibleDepartmentId: Id,
  ownerUserId: Nullable(Id),
  deadline: DateString,
  version: Version,
});
export type CoordinationIssueUpdateBody = Static<typeof CoordinationIssueUpdateBody>;

/** Move an issue on; solving needs the solution, dated today unless `solvedOn` is given. */
export const CoordinationIssueTransitionBody = StrictObject({
  to: Type.Union([Type.Literal('inProgress'), Type.Literal('solved')]),
  solution: Type.Optional(Text(2000)),
  solvedOn: Type.Optional(DateString),
  version: Version,
});
export type CoordinationIssueTransitionBody = Static<typeof CoordinationIssueTransitionBody>;

const BoolQuery = Type.Union([Type.Literal('true'), Type.Literal('false')]);

/** Filters of the coordination issues list (the 督办 list). */
export const CoordinationIssueListQuery = StrictObject({
  status: Type.Optional(CoordinationIssueStatus),
  overdue: Type.Optional(BoolQuery),
  supervised: Type.Optional(BoolQuery),
  departmentId: Type.Optional(Id),
  projectId: Type.Optional(Id),
  meetingId: Type.Optional(Id),
});
export type CoordinationIssueListQuery = Static<typeof CoordinationIssueListQuery>;

/** A decision of a meeting: it becomes a coordination issue with an owner and deadline. */
export const MeetingDecision = StrictObject({
  projectId: Id,
  description: Type.String({ minLength: 1, maxLength: 2000 }),
  responsibleDepartmentId: Id,
  ownerUserId: Type.Optional(Nullable(Id)),
  deadline: DateString,
});
export type MeetingDecision = Static<typeof MeetingDecision>;

/** A scheduling meeting (调度会); the detail lists the issues its decisions became. */
export const SchedulingMeeting = Type.Object({
  id: Id,
  heldOn: DateString,
  title: Type.String(),
  chair: Type.String(),
  attendees: Type.String(),
  minutes: Type.String(),
  fileIds: Type.Array(Id),
  issueCount: Type.Integer(),
  openIssueCount: Type.Integer(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SchedulingMeeting = Static<typeof SchedulingMeeting>;

/** A meeting with its issues. */
export const SchedulingMeetingDetail = Type.Object({
  meeting: SchedulingMeeting,
  issues: Type.Array(CoordinationIssue),
});
export type SchedulingMeetingDetail = Static<typeof SchedulingMeetingDetail>;

/** Record a meeting; each decision becomes an issue, all or nothing. */
export const SchedulingMeetingCreateBody = StrictObject({
  heldOn: DateString,
  title: Type.String({ minLength: 1, maxLength: 200 }),
  chair: Text(50),
  attendees: Text(2000),
  minutes: Text(20000),
  fileIds: FileIds,
  decisions: Type.Array(MeetingDecision, { maxItems: 100 }),
});
export type SchedulingMeetingCreateBody = Static<typeof SchedulingMeetingCreateBody>;

/** A key project (重点项目) as the 项目调度 page shows it. */
export const SchedulingOverviewRow = Type.Object({
  projectId: Id,
  code: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  stage: Type.String(),
  worksCategory: Nullable(Type.String()),
  plannedInvestmentFen: Type.Integer(),
  investmentCumulativeFen: Nullable(Type.Integer()),
  latestPeriod: Nullable(Month),
  progressPercent: Nullable(Type.Number()),
  milestoneCount: Type.Integer(),
  overdueMilestoneCount: Type.Integer(),
  openIssueCount: Type.Integer(),
  overdueIssueCount: Type.Integer(),
  supervisedIssueCount: Type.Integer(),
});
export type SchedulingOverviewRow = Static<typeof SchedulingOverviewRow>;
