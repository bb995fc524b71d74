import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Nullable, PageQuery, StrictObject, Timestamp, Version } from './common.js';
import { HazardCategory, HazardGrade } from './hazards.js';

/** 日常 (日查/周查/月查) | 专项 | 联合 | 第三方服务 (安全管家/环保管家). */
export const INSPECTION_KINDS = ['routine', 'special', 'joint', 'thirdParty'] as const;
export const InspectionKind = Type.Union(INSPECTION_KINDS.map((k) => Type.Literal(k)));
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** 日查 / 周查 / 月查 of a routine plan. */
export const INSPECTION_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export const InspectionFrequency = Type.Union(INSPECTION_FREQUENCIES.map((k) => Type.Literal(k)));
export type InspectionFrequency = (typeof INSPECTION_FREQUENCIES)[number];

/** 专项检查 topics: 有限空间, 粉尘涉爆, 消防, 危化品, 皮带机, 其他. */
export const SPECIAL_TOPICS = [
  'confinedSpace',
  'dustExplosion',
  'fire',
  'hazardousChemicals',
  'beltConveyor',
  'other',
] as const;
export const SpecialTopic = Type.Union(SPECIAL_TOPICS.map((k) => Type.Literal(k)));
export type SpecialTopic = (typeof SPECIAL_TOPICS)[number];

/** An item's answer: 合格 / 不合格 / 不适用. */
export const INSPECTION_RESULTS = ['pass', 'fail', 'notApplicable'] as const;
export const InspectionResult = Type.Union(INSPECTION_RESULTS.map((k) => Type.Literal(k)));
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

export const InspectionStatus = Type.Union([Type.Literal('draft'), Type.Literal('completed')]);
export type InspectionStatus = Static<typeof InspectionStatus>;

/** Stable codes of the module's refusals. */
export const InspectionErrorCode = {
  completed: 'INSPECTION_COMPLETED',
  incomplete: 'INSPECTION_INCOMPLETE',
  planClosed: 'INSPECTION_PLAN_CLOSED',
  planInvalid: 'INSPECTION_PLAN_INVALID',
  enterpriseNotInPlan: 'INSPECTION_ENTERPRISE_NOT_IN_PLAN',
  checklistUnknown: 'INSPECTION_CHECKLIST_UNKNOWN',
  checklistBuiltIn: 'INSPECTION_CHECKLIST_BUILT_IN',
  checklistItemsFixed: 'INSPECTION_CHECKLIST_ITEMS_FIXED',
  fileUnknown: 'INSPECTION_FILE_UNKNOWN',
  futureDate: 'INSPECTION_FUTURE_DATE',
  deadlineBeforeFound: 'INSPECTION_DEADLINE_BEFORE_FOUND',
} as const;

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const OptionalText = (max: number) => Type.String({ maxLength: max });
const FileIds = Type.Array(Id, { maxItems: 20 });

// ---- checklists (检查表) -------------------------------------------------------------------

/** One line of a checklist template. */
export const ChecklistItem = Type.Object({
  id: Id,
  seq: Type.Integer(),
  content: Type.String(),
  legalBasis: Type.String(),
  hazardCategory: HazardCategory,
});
export type ChecklistItem = Static<typeof ChecklistItem>;

/** A checklist template; built-in ones are seeded, read-only, and can be copied. */
export const Checklist = Type.Object({
  id: Id,
  title: Type.String(),
  topic: Nullable(SpecialTopic),
  description: Type.String(),
  builtIn: Type.Boolean(),
  status: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
  itemCount: Type.Integer(),
  items: Type.Array(ChecklistItem),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Checklist = Static<typeof Checklist>;

export const ChecklistItemBody = StrictObject({
  content: Text(500),
  legalBasis: OptionalText(1000),
  hazardCategory: HazardCategory,
});
export type ChecklistItemBody = Static<typeof ChecklistItemBody>;

/** Create a checklist; its items in order. */
export const ChecklistCreateBody = StrictObject({
  title: Text(100),
  topic: Nullable(SpecialTopic),
  description: OptionalText(500),
  items: Type.Array(ChecklistItemBody, { minItems: 1, maxItems: 200 }),
});
export type ChecklistCreateBody = Static<typeof ChecklistCreateBody>;

/** Replace a custom checklist's title and items. */
export const ChecklistUpdateBody = StrictObject({
  title: Text(100),
  topic: Nullable(SpecialTopic),
  description: OptionalText(500),
  items: Type.Array(ChecklistItemBody, { minItems: 1, maxItems: 200 }),
  version: Version,
});
export type ChecklistUpdateBody = Static<typeof ChecklistUpdateBody>;

export const ChecklistListQuery = StrictObject({
  includeArchived: Type.Optional(Type.Boolean()),
});
export type ChecklistListQuery = Static<typeof ChecklistListQuery>;

// ---- plans (检查计划) -----------------------------------------------------------------------

/** A planned enterprise and whether it has been inspected under the plan. */
export const PlanEnterprise = Type.Object({
  enterpriseId: Id,
  enterpriseName: Type.String(),
  /** Date of the latest completed inspection under the plan, or null. */
  lastInspectedOn: Nullable(DateString),
  completedCount: Type.Integer(),
});
export type PlanEnterprise = Static<typeof PlanEnterprise>;

/** An inspection plan: routine rounds, a special campaign, a joint or a third-party inspection. */
export const InspectionPlan = Type.Object({
  id: Id,
  title: Type.String(),
  kind: InspectionKind,
  frequency: Nullable(InspectionFrequency),
  specialTopic: Nullable(SpecialTopic),
  jointDepartments: Type.String(),
  provider: Type.String(),
  startsOn: DateString,
  endsOn: DateString,
  checklistId: Nullable(Id),
  departmentId: Nullable(Id),
  note: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('closed')]),
  /** Progress: planned enterprises (in the caller's scope) and how many of them were inspected. */
  plannedCount: Type.Integer(),
  inspectedCount: Type.Integer(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type InspectionPlan = Static<typeof InspectionPlan>;

/** A plan with its enterprises. */
export const InspectionPlanDetail = Type.Intersect([
  InspectionPlan,
  Type.Object({ enterprises: Type.Array(PlanEnterprise) }),
]);
export type InspectionPlanDetail = Static<typeof InspectionPlanDetail>;

const planFields = {
  title: Text(100),
  kind: InspectionKind,
  /** Required for routine plans, null otherwise. */
  frequency: Nullable(InspectionFrequency),
  /** Required for special plans, null otherwise. */
  specialTopic: Nullable(SpecialTopic),
  /** Joint plans: the departments taking part. */
  jointDepartments: OptionalText(500),
  /** Third-party plans: the service provider (安全管家/环保管家). */
  provider: OptionalText(100),
  startsOn: DateString,
  endsOn: DateString,
  checklistId: Nullable(Id),
  departmentId: Nullable(Id),
  note: OptionalText(1000),
  enterpriseIds: Type.Array(Id, { minItems: 1, maxItems: 2000, uniqueItems: true }),
};
export const InspectionPlanCreateBody = StrictObject(planFields);
export type InspectionPlanCreateBody = Static<typeof InspectionPlanCreateBody>;
export const InspectionPlanUpdateBody = StrictObject({ ...planFields, version: Version });
export type InspectionPlanUpdateBody = Static<typeof InspectionPlanUpdateBody>;

export const InspectionPlanListQuery = StrictObject({
  kind: Type.Optional(InspectionKind),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('closed')])),
  /** Plans running on this date. */
  activeOn: Type.Optional(DateString),
  ...PageQuery,
});
export type InspectionPlanListQuery = Static<typeof InspectionPlanListQuery>;

// ---- inspection records (检查记录) ----------------------------------------------------------

/** One item of an inspection as filled on site. */
export const InspectionItem = Type.Object({
  id: Id,
  checklistItemId: Nullable(Id),
  seq: Type.Integer(),
  content: Type.String(),
  legalBasis: Type.String(),
  result: Nullable(InspectionResult),
  note: Type.String(),
  photoFileIds: Type.Array(Id),
  hazardGrade: HazardGrade,
  hazardCategory: HazardCategory,
  hazardLocation: Type.String(),
  hazardDescription: Type.String(),
  hazardDeadline: Nullable(DateString),
  responsiblePerson: Type.String(),
  responsiblePhone: Nullable(Type.String()),
  /** The hazard registered on completion for a failed item. */
  hazardId: Nullable(Id),
  version: Version,
});
export type InspectionItem = Static<typeof InspectionItem>;

/** An inspection record as listed. */
export const Inspection = Type.Object({
  id: Id,
  planId: Nullable(Id),
  planTitle: Nullable(Type.String()),
  checklistId: Nullable(Id),
  checklistTitle: Nullable(Type.String()),
  kind: InspectionKind,
  enterpriseId: Id,
  enterpriseName: Type.String(),
  subParkId: Nullable(Id),
  departmentId: Nullable(Id),
  inspectedOn: DateString,
  inspectors: Type.String(),
  status: InspectionStatus,
  summary: Type.String(),
  itemCount: Type.Integer(),
  failedCount: Type.Integer(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Inspection = Static<typeof Inspection>;

/** A hazard an inspection registered. */
export const InspectionHazard = Type.Object({
  id: Id,
  code: Type.String(),
  inspectionItemId: Nullable(Id),
  grade: HazardGrade,
  status: Type.String(),
  deadline: DateString,
  description: Type.String(),
});
export type InspectionHazard = Static<typeof InspectionHazard>;

/** An inspection with its items and the hazards it registered. */
export const InspectionDetail = Type.Intersect([
  Inspection,
  Type.Object({ items: Type.Array(InspectionItem), hazards: Type.Array(InspectionHazard) }),
]);
export type InspectionDetail = Static<typeof InspectionDetail>;

/** Start an inspection: a draft whose items are copied from the checklist (none when free-form). */
export const InspectionCreateBody = StrictObject({
  enterpriseId: Id,
  planId: Type.Optional(Nullable(Id)),
  /** Defaults to the plan's checklist; null for a free-form inspection with ad-hoc items. */
  checklistId: Type.Optional(Nullable(Id)),
  /** Taken from the plan when there is one. */
  kind: Type.Optional(InspectionKind),
  inspectedOn: DateString,
  inspectors: Text(500),
  summary: Type.Optional(OptionalText(4000)),
});
export type InspectionCreateBody = Static<typeof InspectionCreateBody>;

/** Edit a draft's date, inspectors and summary. */
export const InspectionUpdateBody = StrictObject({
  inspectedOn: DateString,
  inspectors: Text(500),
  summary: OptionalText(4000),
  version: Version,
});
export type InspectionUpdateBody = Static<typeof InspectionUpdateBody>;

/** Add an ad-hoc item to a draft. */
export const InspectionItemCreateBody = StrictObject({
  content: Text(500),
  legalBasis: OptionalText(1000),
  hazardCategory: HazardCategory,
});
export type InspectionItemCreateBody = Static<typeof InspectionItemCreateBody>;

/** Answer an item of a draft; the hazard fields matter only for a failure. */
export const InspectionItemUpdateBody = StrictObject({
  result: Nullable(InspectionResult),
  note: OptionalText(1000),
  photoFileIds: FileIds,
  hazardGrade: HazardGrade,
  hazardCategory: HazardCategory,
  hazardLocation: OptionalText(200),
  /** Empty: the item's content is used. */
  hazardDescription: OptionalText(2000),
  hazardDeadline: Nullable(DateString),
  /** Empty: the enterprise's contact person is used. */
  responsiblePerson: OptionalText(50),
  responsiblePhone: Nullable(Type.String({ maxLength: 30 })),
  version: Version,
});
export type InspectionItemUpdateBody = Static<typeof InspectionItemUpdateBody>;

export const InspectionItemParams = StrictObject({ id: Id, itemId: Id });
export type InspectionItemParams = Static<typeof InspectionItemParams>;

export const InspectionListQuery = StrictObject({
  enterpriseId: Type.Optional(Id),
  planId: Type.Optional(Id),
  kind: Type.Optional(InspectionKind),
  status: Type.Optional(InspectionStatus),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  ...PageQuery,
});
export type InspectionListQuery = Static<typeof InspectionListQuery>;

export const InspectionPage = Type.Object({ items: Type.Array(Inspection), total: Type.Integer() });
export type InspectionPage = Static<typeof InspectionPage>;

export const InspectionPlanPage = Type.Object({ items: Type.Array(InspectionPlan), total: Type.Integer() });
export type InspectionPlanPage = Static<typeof InspectionPlanPage>;
