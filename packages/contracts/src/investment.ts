import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Name, Nullable, PageQuery, StrictObject, Timestamp, Version } from './common.js';

// 招商引资: investors (客商), agents (招商代理), leads (线索) and activities (接待/外出考察/推介会).
// These are zone-level records of the investment office: every holder of investment:read sees
// all of them; only the projects listed beside them follow the caller's data scope.

/** Where a lead came from: 以商招商, 委托代理, 展会/推介会, 外出考察, 网络, 上级推送, 其他. */
export const leadSources = [
  'businessReferral',
  'agent',
  'expo',
  'trip',
  'online',
  'higherLevel',
  'other',
] as const;
export const LeadSource = Type.Union(leadSources.map((s) => Type.Literal(s)));
export type LeadSource = (typeof leadSources)[number];

/** A lead is open until it becomes a project (converted) or is given up (dropped). */
export const leadStatuses = ['open', 'converted', 'dropped'] as const;
export const LeadStatus = Type.Union(leadStatuses.map((s) => Type.Literal(s)));
export type LeadStatus = (typeof leadStatuses)[number];

/** 接待 (a visiting merchant, counted in 批次), 外出考察, 推介会/峰会. */
export const activityKinds = ['reception', 'trip', 'promotionEvent'] as const;
export const ActivityKind = Type.Union(activityKinds.map((s) => Type.Literal(s)));
export type ActivityKind = (typeof activityKinds)[number];

/** A company or a person. */
export const investorKinds = ['company', 'person'] as const;
export const InvestorKind = Type.Union(investorKinds.map((s) => Type.Literal(s)));
export type InvestorKind = (typeof investorKinds)[number];

/** Stable codes of the module's refusals, for the web's English texts. */
export const InvestmentErrorCode = {
  investorUnknown: 'INVESTMENT_INVESTOR_UNKNOWN',
  investorReferenced: 'INVESTMENT_INVESTOR_REFERENCED',
  agentUnknown: 'INVESTMENT_AGENT_UNKNOWN',
  agentMismatch: 'INVESTMENT_LEAD_AGENT_MISMATCH',
  followerUnknown: 'INVESTMENT_FOLLOWER_UNKNOWN',
  departmentUnknown: 'INVESTMENT_DEPARTMENT_UNKNOWN',
  leadNotOpen: 'INVESTMENT_LEAD_NOT_OPEN',
  datesReversed: 'INVESTMENT_DATES_REVERSED',
  dateInvalid: 'INVESTMENT_DATE_INVALID',
  activityReferenced: 'INVESTMENT_ACTIVITY_REFERENCED',
} as const;

/** Industry as a GB/T 4754 code of 2 to 4 digits (门类 is derived). */
const IndustryCode = Type.String({ pattern: '^\\d{2,4}$' });
const Phone = Type.String({ pattern: '^[0-9+\\- ()]{3,30}$', maxLength: 30 });
const Text = (maxLength: number) => Type.String({ maxLength });
/** 分, non-negative, below 9e15 so it stays a safe integer. */
const Fen = Type.Integer({ minimum: 0, maximum: 8_999_999_999_999_999 });
const Keyword = Type.Optional(Type.String({ minLength: 1, maxLength: 100 }));

/** A project shown beside an investment record: signed at an event, brought by an agent … */
export const InvestmentProjectBrief = Type.Object({
  id: Id,
  name: Type.String(),
  stage: Type.String(),
  /** 计划总投资 in CNY 分. */
  plannedInvestmentCnyFen: Type.Integer(),
});
export type InvestmentProjectBrief = Static<typeof InvestmentProjectBrief>;

// ---- 客商 --------------------------------------------------------------------------------

/** 客商: a company or person outside the zone that may invest. */
export const Investor = Type.Object({
  id: Id,
  name: Type.String(),
  kind: InvestorKind,
  region: Type.String(),
  isForeign: Type.Boolean(),
  industryCode: Nullable(Type.String()),
  contactName: Type.String(),
  contactPhone: Nullable(Type.String()),
  contactTitle: Type.String(),
  note: Type.String(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Investor = Static<typeof Investor>;

const investorFields = {
  name: Name(200),
  kind: InvestorKind,
  region: Name(100),
  isForeign: Type.Boolean(),
  industryCode: Nullable(IndustryCode),
  contactName: Text(50),
  contactPhone: Nullable(Phone),
  contactTitle: Text(50),
  note: Text(1000),
};

/** Record an investor. */
export const InvestorCreateBody = StrictObject(investorFields);
export type InvestorCreateBody = Static<typeof InvestorCreateBody>;

/** Change an investor; `version` as last read. */
export const InvestorUpdateBody = StrictObject({ ...investorFields, version: Version });
export type InvestorUpdateBody = Static<typeof InvestorUpdateBody>;

/** Filters of the investor list. */
export const InvestorListQuery = StrictObject({
  q: Keyword,
  kind: Type.Optional(InvestorKind),
  isForeign: Type.Optional(Type.Boolean()),
  ...PageQuery,
});
export type InvestorListQuery = Static<typeof InvestorListQuery>;

/** Query of a deletion: the version the caller last read. */
export const InvestmentDeleteQuery = StrictObject({ version: Version });
export type InvestmentDeleteQuery = Static<typeof InvestmentDeleteQuery>;

// ---- 线索 --------------------------------------------------------------------------------

/** 线索: a possible project before anyone negotiates, with where it came from and who follows it. */
export const Lead = Type.Object({
  id: Id,
  title: Type.String(),
  investorId: Nullable(Id),
  investorName: Nullable(Type.String()),
  source: LeadSource,
  agentId: Nullable(Id),
  agentName: Nullable(Type.String()),
  industryCode: Nullable(Type.String()),
  estimatedInvestmentFen: Nullable(Type.Integer()),
  receivedOn: DateString,
  followerUserId: Nullable(Id),
  followerName: Nullable(Type.String()),
  departmentId: Nullable(Id),
  status: LeadStatus,
  dropReason: Nullable(Type.String()),
  droppedOn: Nullable(DateString),
  note: Type.String(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Lead = Static<typeof Lead>;

const leadFields = {
  title: Name(200),
  investorId: Nullable(Id),
  source: LeadSource,
  /** Required when the source is 'agent' (委托代理), refused otherwise. */
  agentId: Nullable(Id),
  industryCode: Nullable(IndustryCode),
  estimatedInvestmentFen: Nullable(Fen),
  receivedOn: DateString,
  followerUserId: Nullable(Id),
  departmentId: Nullable(Id),
  note: Text(2000),
};

/** Record a lead; it starts open. */
export const LeadCreateBody = StrictObject(leadFields);
export type LeadCreateBody = Static<typeof LeadCreateBody>;

/** Change a lead's facts; its status changes only by drop or by conversion to a project. */
export const LeadUpdateBody = StrictObject({ ...leadFields, version: Version });
export type LeadUpdateBody = Static<typeof LeadUpdateBody>;

/** Give up an open lead. */
export const LeadDropBody = StrictObject({ reason: Name(500), version: Version });
export type LeadDropBody = Static<typeof LeadDropBody>;

/** Filters of the lead list; received dates inclusive. */
export const LeadListQuery = StrictObject({
  source: Type.Optional(LeadSource),
  status: Type.Optional(LeadStatus),
  followerUserId: Type.Optional(Id),
  investorId: Type.Optional(Id),
  agentId: Type.Optional(Id),
  q: Keyword,
  receivedFrom: Type.Optional(DateString),
  receivedTo: Type.Optional(DateString),
  ...PageQuery,
});
export type LeadListQuery = Static<typeof LeadListQuery>;

// ---- 招商代理 ----------------------------------------------------------------------------

/** 招商代理 with how many leads and projects it brought. */
export const InvestmentAgent = Type.Object({
  id: Id,
  name: Type.String(),
  contactName: Type.String(),
  contactPhone: Nullable(Type.String()),
  contractFrom: Nullable(DateString),
  contractTo: Nullable(DateString),
  note: Type.String(),
  leadCount: Type.Integer(),
  projectCount: Type.Integer(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type InvestmentAgent = Static<typeof InvestmentAgent>;

const agentFields = {
  name: Name(200),
  contactName: Text(50),
  contactPhone: Nullable(Phone),
  contractFrom: Nullable(DateString),
  contractTo: Nullable(DateString),
  note: Text(1000),
};

/** Record an agent. */
export const InvestmentAgentCreateBody = StrictObject(agentFields);
export type InvestmentAgentCreateBody = Static<typeof InvestmentAgentCreateBody>;

/** Change an agent; `version` as last read. */
export const InvestmentAgentUpdateBody = StrictObject({ ...agentFields, version: Version });
export type InvestmentAgentUpdateBody = Static<typeof InvestmentAgentUpdateBody>;

/** Filters of the agent list. */
export const InvestmentAgentListQuery = StrictObject({ q: Keyword, ...PageQuery });
export type InvestmentAgentListQuery = Static<typeof InvestmentAgentListQuery>;

/** An agent with the leads and projects it brought. */
export const InvestmentAgentDetail = Type.Object({
  ...InvestmentAgent.properties,
  leads: Type.Array(Lead),
  projects: Type.Array(InvestmentProjectBrief),
});
export type InvestmentAgentDetail = Static<typeof InvestmentAgentDetail>;

// ---- 活动 --------------------------------------------------------------------------------

/** An investor met at an activity. */
export const InvestorRef = Type.Object({ id: Id, name: Type.String() });
export type InvestorRef = Static<typeof InvestorRef>;

/** 接待 / 外出考察 / 推介会: when, where, who went, whom they met and what came of it. */
export const InvestmentActivity = Type.Object({
  id: Id,
  kind: ActivityKind,
  title: Type.String(),
  startedOn: DateString,
  endedOn: DateString,
  /** Destination of a trip, venue of an event or reception. */
  place: Type.String(),
  participants: Type.String(),
  /** Visiting merchants (reception) or companies visited (trip), as written. */
  counterparts: Type.String(),
  investors: Type.Array(InvestorRef),
  outcome: Type.String(),
  departmentId: Nullable(Id),
  /** Projects signed at a promotion event (empty for other kinds). */
  signedProjects: Type.Array(InvestmentProjectBrief),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type InvestmentActivity = Static<typeof InvestmentActivity>;

const activityFields = {
  kind: ActivityKind,
  title: Name(200),
  startedOn: DateString,
  /** On or after startedOn. */
  endedOn: DateString,
  place: Text(200),
  participants: Text(1000),
  counterparts: Text(2000),
  investorIds: Type.Array(Id, { maxItems: 100, uniqueItems: true }),
  outcome: Text(4000),
  departmentId: Nullable(Id),
};

/** Record an activity. */
export const InvestmentActivityCreateBody = StrictObject(activityFields);
export type InvestmentActivityCreateBody = Static<typeof InvestmentActivityCreateBody>;

/** Change an activity (its kind too, if recorded under the wrong one). */
export const InvestmentActivityUpdateBody = StrictObject({ ...activityFields, version: Version });
export type InvestmentActivityUpdateBody = Static<typeof InvestmentActivityUpdateBody>;

/** Filters of the activity list: activities overlapping [from, to], newest first. */
export const InvestmentActivityListQuery = StrictObject({
  kind: Type.Optional(ActivityKind),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  investorId: Type.Optional(Id),
  q: Keyword,
  ...PageQuery,
});
export type InvestmentActivityListQuery = Static<typeof InvestmentActivityListQuery>;

/** An investor with its leads, projects and the activities it was met at. */
export const InvestorDetail = Type.Object({
  ...Investor.properties,
  leads: Type.Array(Lead),
  projects: Type.Array(InvestmentProjectBrief),
  activities: Type.Array(
    Type.Object({ id: Id, kind: ActivityKind, title: Type.String(), startedOn: DateString }),
  ),
});
export type InvestorDetail = Static<typeof InvestorDetail>;
