import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Nullable, PageQuery, StrictObject, Timestamp, Version } from './common.js';

/** 隐患类别. */
export const HAZARD_CATEGORIES = [
  'fire', // 消防
  'electrical', // 电气
  'machinery', // 机械设备
  'confinedSpace', // 有限空间
  'dustExplosion', // 粉尘防爆
  'hazardousChemicals', // 危化品
  'specialEquipment', // 特种设备
  'workAtHeight', // 高处作业
  'housekeeping', // 现场管理
  'occupationalHealth', // 职业卫生
  'environment', // 环保
  'other',
] as const;
export const HazardCategory = Type.Union(HAZARD_CATEGORIES.map((c) => Type.Literal(c)));
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

/** 一般 / 重大 (domain.md §9). */
export const HAZARD_GRADES = ['general', 'major'] as const;
export const HazardGrade = Type.Union([Type.Literal('general'), Type.Literal('major')]);
export type HazardGrade = Static<typeof HazardGrade>;

/**
 * Where a hazard stands in its loop: registered (待整改) → submitted (待复查) → closed (已销号),
 * or submitted → returned (退回重改) → submitted again. Closed is final.
 */
export const HAZARD_STATUSES = ['registered', 'submitted', 'returned', 'closed'] as const;
export const HazardStatus = Type.Union(HAZARD_STATUSES.map((s) => Type.Literal(s)));
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

/** Where a hazard was found. */
export const HazardSource = Type.Union([
  Type.Literal('inspection'),
  Type.Literal('alarm'),
  Type.Literal('manual'),
]);
export type HazardSource = Static<typeof HazardSource>;

/** Stable codes of the module's refusals. */
export const HazardErrorCode = {
  invalidTransition: 'HAZARD_INVALID_TRANSITION',
  planRequired: 'HAZARD_PLAN_REQUIRED',
  notMajor: 'HAZARD_NOT_MAJOR',
  evaluationRequired: 'HAZARD_EVALUATION_REQUIRED',
  deadlineBeforeFound: 'HAZARD_DEADLINE_BEFORE_FOUND',
  enterpriseUnknown: 'HAZARD_ENTERPRISE_UNKNOWN',
  fileUnknown: 'HAZARD_FILE_UNKNOWN',
  noticeHazardsInvalid: 'NOTICE_HAZARDS_INVALID',
  agreementDuplicate: 'SAFETY_AGREEMENT_DUPLICATE',
  agreementPartyInvalid: 'SAFETY_AGREEMENT_PARTY_INVALID',
} as const;

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const FileIds = Type.Array(Id, { maxItems: 20 });

/** 重大隐患治理方案: the six parts of domain.md §9. */
export const RemediationPlan = Type.Object({
  objective: Type.String(), // 目标任务
  methods: Type.String(), // 方法措施
  funding: Type.String(), // 经费物资
  organisation: Type.String(), // 机构人员
  timeline: Type.String(), // 时限要求
  safetyMeasures: Type.String(), // 安全措施与应急预案
  fileIds: Type.Array(Type.String()),
  submittedBy: Nullable(Type.String()),
  submittedAt: Timestamp,
});
export type RemediationPlan = Static<typeof RemediationPlan>;

export const RemediationPlanBody = StrictObject({
  objective: Text(2000),
  methods: Text(4000),
  funding: Text(2000),
  organisation: Text(2000),
  timeline: Text(2000),
  safetyMeasures: Text(4000),
  fileIds: Type.Optional(FileIds),
});
export type RemediationPlanBody = Static<typeof RemediationPlanBody>;

/** One rectification submission (整改) and the outcome of its re-inspection (复查). */
export const Rectification = Type.Object({
  id: Id,
  doneOn: DateString,
  measures: Type.String(),
  photoFileIds: Type.Array(Type.String()),
  submittedBy: Nullable(Type.String()),
  submittedAt: Timestamp,
  outcome: Nullable(Type.Union([Type.Literal('close'), Type.Literal('return')])),
  reason: Nullable(Type.String()),
  evaluation: Nullable(Type.String()),
  onSiteReviewOn: Nullable(DateString),
  reinspectedOn: Nullable(DateString),
  reinspectedBy: Nullable(Type.String()),
});
export type Rectification = Static<typeof Rectification>;

/** One entry of a hazard's timeline. */
export const HazardEvent = Type.Object({
  id: Id,
  action: Type.String(),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  note: Nullable(Type.String()),
  actor: Nullable(Type.String()),
  at: Timestamp,
});
export type HazardEvent = Static<typeof HazardEvent>;

/** A hazard as listed. `overdue` is computed at read: deadline before today and not closed. */
export const Hazard = Type.Object({
  id: Id,
  code: Type.String(),
  enterpriseId: Id,
  enterpriseName: Type.String(),
  subParkId: Nullable(Id),
  departmentId: Nullable(Id),
  source: HazardSource,
  inspectionId: Nullable(Id),
  alarmId: Nullable(Id),
  location: Type.String(),
  category: Type.String(),
  grade: HazardGrade,
  description: Type.String(),
  legalBasis: Type.String(),
  photoFileIds: Type.Array(Type.String()),
  foundOn: DateString,
  deadline: DateString,
  responsiblePerson: Type.String(),
  responsiblePhone: Nullable(Type.String()),
  status: HazardStatus,
  overdue: Type.Boolean(),
  overdueSince: Nullable(DateString),
  supervised: Type.Boolean(),
  supervisedLevel: Nullable(Type.String()),
  closedOn: Nullable(DateString),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Hazard = Static<typeof Hazard>;

/** A rectification notice (整改通知书) as listed. */
export const RectificationNotice = Type.Object({
  id: Id,
  number: Type.String(),
  year: Type.Integer(),
  enterpriseId: Id,
  enterpriseName: Type.String(),
  deadline: DateString,
  issuingBody: Type.String(),
  issuedOn: DateString,
  fileId: Id,
  hazardIds: Type.Array(Id),
  createdAt: Timestamp,
});
export type RectificationNotice = Static<typeof RectificationNotice>;

/** One hazard with its rectifications, plan, timeline and notices. */
export const HazardDetail = Type.Object({
  hazard: Hazard,
  rectifications: Type.Array(Rectification),
  plan: Nullable(RemediationPlan),
  events: Type.Array(HazardEvent),
  notices: Type.Array(RectificationNotice),
});
export type HazardDetail = Static<typeof HazardDetail>;

export const HazardListQuery = StrictObject({
  enterpriseId: Type.Optional(Id),
  subParkId: Type.Optional(Id),
  category: Type.Optional(HazardCategory),
  grade: Type.Optional(HazardGrade),
  status: Type.Optional(HazardStatus),
  /** 'open' = every status but closed. */
  open: Type.Optional(Type.Boolean()),
  overdue: Type.Optional(Type.Boolean()),
  supervised: Type.Optional(Type.Boolean()),
  foundFrom: Type.Optional(DateString),
  foundTo: Type.Optional(DateString),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  ...PageQuery,
});
export type HazardListQuery = Static<typeof HazardListQuery>;

/** Counts beside the list, over the same filter. */
export const HazardPage = Type.Object({
  items: Type.Array(Hazard),
  total: Type.Integer(),
  openCount: Type.Integer(),
  overdueCount: Type.Integer(),
  majorOpenCount: Type.Integer(),
});
export type HazardPage = Static<typeof HazardPage>;

/** Staff register a hazard by hand. */
export const HazardCreateBody = StrictObject({
  enterpriseId: Id,
  location: Text(200),
  category: HazardCategory,
  grade: HazardGrade,
  description: Text(2000),
  legalBasis: Type.String({ maxLength: 1000 }),
  photoFileIds: FileIds,
  foundOn: DateString,
  deadline: DateString,
  responsiblePerson: Text(50),
  responsiblePhone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
});
export type HazardCreateBody = Static<typeof HazardCreateBody>;

/** The enterprise reports what it did (整改). */
export const RectificationBody = StrictObject({
  doneOn: DateString,
  measures: Text(4000),
  photoFileIds: FileIds,
});
export type RectificationBody = Static<typeof RectificationBody>;

/** Staff re-inspect (复查): close (销号) or return with a reason. */
export const ReinspectionBody = StrictObject({
  outcome: Type.Union([Type.Literal('close'), Type.Literal('return')]),
  reason: Type.String({ maxLength: 1000 }),
  reinspectedOn: DateString,
  /** 评估意见, required to close a major hazard. */
  evaluation: Type.Optional(Type.String({ maxLength: 2000 })),
  /** 现场审查 date, required to close a major hazard. */
  onSiteReviewOn: Type.Optional(DateString),
});
export type ReinspectionBody = Static<typeof ReinspectionBody>;

/** 挂牌督办 of an open major hazard. */
export const SupervisionBody = StrictObject({
  level: Text(50),
  note: Type.String({ maxLength: 1000 }),
});
export type SupervisionBody = Static<typeof SupervisionBody>;

/** Extend a deadline (延期) with a reason. */
export const DeadlineBody = StrictObject({
  deadline: DateString,
  reason: Text(1000),
  version: Version,
});
export type DeadlineBody = Static<typeof DeadlineBody>;

/** Issue a notice about open hazards of one enterprise. */
export const NoticeCreateBody = StrictObject({
  enterpriseId: Id,
  hazardIds: Type.Array(Id, { minItems: 1, maxItems: 100 }),
  deadline: DateString,
  issuingBody: Text(100),
});
export type NoticeCreateBody = Static<typeof NoticeCreateBody>;

export const NoticeListQuery = StrictObject({
  enterpriseId: Type.Optional(Id),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  ...PageQuery,
});
export type NoticeListQuery = Static<typeof NoticeListQuery>;

export const NoticePage = Type.Object({ items: Type.Array(RectificationNotice), total: Type.Integer() });
export type NoticePage = Static<typeof NoticePage>;

/** 安全生产责任书: with an enterprise of the zone, or a construction unit working in it. */
export const SafetyAgreementParty = Type.Union([
  Type.Literal('enterprise'),
  Type.Literal('constructionUnit'),
]);
export type SafetyAgreementParty = Static<typeof SafetyAgreementParty>;

export const SafetyAgreement = Type.Object({
  id: Id,
  year: Type.Integer(),
  partyKind: SafetyAgreementParty,
  enterpriseId: Nullable(Id),
  unitName: Type.String(),
  project: Nullable(Type.String()),
  signedOn: DateString,
  signatories: Type.String(),
  fileIds: Type.Array(Type.String()),
  note: Nullable(Type.String()),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SafetyAgreement = Static<typeof SafetyAgreement>;

const AgreementFields = {
  signedOn: DateString,
  signatories: Text(200),
  project: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  fileIds: Type.Optional(FileIds),
  note: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
};

/** An enterprise agreement names enterpriseId; a construction unit names unitName (and project). */
export const SafetyAgreementCreateBody = StrictObject({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  partyKind: SafetyAgreementParty,
  enterpriseId: Type.Optional(Nullable(Id)),
  unitName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  ...AgreementFields,
});
export type SafetyAgreementCreateBody = Static<typeof SafetyAgreementCreateBody>;

export const SafetyAgreementUpdateBody = StrictObject({
  unitName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  ...AgreementFields,
  version: Version,
});
export type SafetyAgreementUpdateBody = Static<typeof SafetyAgreementUpdateBody>;

export const SafetyAgreementListQuery = StrictObject({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  partyKind: Type.Optional(SafetyAgreementParty),
});
export type SafetyAgreementListQuery = Static<typeof SafetyAgreementListQuery>;

/** The agreements of a year and the enterprises that have not signed one. */
export const SafetyAgreementYear = Type.Object({
  items: Type.Array(SafetyAgreement),
  unsigned: Type.Array(Type.Object({ enterpriseId: Id, name: Type.String() })),
});
export type SafetyAgreementYear = Static<typeof SafetyAgreementYear>;
