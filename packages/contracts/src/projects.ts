import { Type, type Static } from '@sinclair/typebox';
import { EnterpriseCreateBody } from './enterprises.js';
import { DateString, Id, Name, Nullable, PageQuery, StrictObject, Timestamp, Version } from './common.js';

/** The pipeline stages in order: 线索 → 在谈 → 签约 → 供地 → 开工 → 竣工投产 → 达产. */
export const projectStages = [
  'lead',
  'negotiating',
  'signed',
  'landSupplied',
  'started',
  'inProduction',
  'fullProduction',
] as const;
export type PipelineStage = (typeof projectStages)[number];

/** A project's stage: a pipeline stage or 终止 (terminated). */
export const ProjectStage = Type.Union([
  ...projectStages.map((s) => Type.Literal(s)),
  Type.Literal('terminated'),
]);
export type ProjectStage = PipelineStage | 'terminated';

/** investment: an enterprise project of the pipeline; government: public works (道路、管网 …). */
export const projectKinds = ['investment', 'government'] as const;
export const ProjectKind = Type.Union(projectKinds.map((k) => Type.Literal(k)));
export type ProjectKind = (typeof projectKinds)[number];

/** 新建, 增资扩建, 嫁接盘活, 总部经济, 现代服务业, 其他. */
export const projectTypes = [
  'newBuild',
  'expansion',
  'revival',
  'headquarters',
  'modernServices',
  'other',
] as const;
export const ProjectType = Type.Union(projectTypes.map((k) => Type.Literal(k)));
export type ProjectType = (typeof projectTypes)[number];

/** Government works: 道路, 管网, 水厂, 污水厂, 变电站, 标准厂房, 安置房, 其他. */
export const worksCategories = [
  'road',
  'pipe',
  'water',
  'sewage',
  'substation',
  'standardFactory',
  'resettlement',
  'other',
] as const;
export const WorksCategory = Type.Union(worksCategories.map((k) => Type.Literal(k)));
export type WorksCategory = (typeof worksCategories)[number];

/**
 * Currency of a project: CNY or USD (foreign projects). Named ProjectCurrency because the
 * enterprises contracts already export a wider `Currency`.
 */
export const projectCurrencies = ['CNY', 'USD'] as const;
export const ProjectCurrency = Type.Union(projectCurrencies.map((k) => Type.Literal(k)));
export type ProjectCurrency = (typeof projectCurrencies)[number];

/** Where funds in place come from: 省内, 省外, 外资. */
export const fundsOrigins = ['inProvince', 'outOfProvince', 'foreign'] as const;
export const FundsOrigin = Type.Union(fundsOrigins.map((k) => Type.Literal(k)));
export type FundsOrigin = (typeof fundsOrigins)[number];

/** 履约 warnings of an agreement. */
export const complianceWarnings = ['startOverdue', 'completionOverdue', 'productionOverdue'] as const;
export const ComplianceWarning = Type.Union(complianceWarnings.map((k) => Type.Literal(k)));
export type ComplianceWarning = (typeof complianceWarnings)[number];

/** Stable codes of the module's refusals, for the web's English texts. */
export const ProjectErrorCode = {
  sameStage: 'PROJECT_SAME_STAGE',
  illegalTransition: 'PROJECT_ILLEGAL_TRANSITION',
  noteRequired: 'PROJECT_NOTE_REQUIRED',
  terminationReasonRequired: 'PROJECT_TERMINATION_REASON_REQUIRED',
  signedAmountRequired: 'PROJECT_SIGNED_AMOUNT_REQUIRED',
  dateBeforeLastEvent: 'PROJECT_DATE_BEFORE_LAST_EVENT',
  dateInFuture: 'PROJECT_DATE_IN_FUTURE',
  initialStage: 'PROJECT_INITIAL_STAGE',
  exchangeRateRequired: 'PROJECT_EXCHANGE_RATE_REQUIRED',
  worksCategoryMismatch: 'PROJECT_WORKS_CATEGORY_MISMATCH',
  leadNotOpen: 'PROJECT_LEAD_NOT_OPEN',
  referenceUnknown: 'PROJECT_REFERENCE_UNKNOWN',
  usdAmountRequired: 'PROJECT_FUNDS_USD_REQUIRED',
  usdAmountNotAllowed: 'PROJECT_FUNDS_USD_NOT_ALLOWED',
  enterpriseAlreadyLinked: 'PROJECT_ENTERPRISE_ALREADY_LINKED',
  deadlineOrder: 'PROJECT_AGREEMENT_DEADLINE_ORDER',
} as const;

/** Amount in minor units of a currency (分 or US cents); below 9e15. */
export const MinorAmount = Type.Integer({ minimum: 0, maximum: 8_999_999_999_999_999 });
/** CNY per USD (7.1234); rounded to 4 decimals. */
export const ExchangeRate = Type.Number({ exclusiveMinimum: 0, maximum: 100 });
/** A month `YYYY-MM`. */
export const FundsPeriod = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7 });
/** GB/T 4754 industry code: 大类 (2 digits) to 小类 (4 digits). */
const IndustryCode = Type.String({ pattern: '^\\d{2,4}$', maxLength: 4 });

const Ref = Type.Object({ id: Id, name: Type.String() });

/** A project as lists show it. */
export const Project = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  kind: ProjectKind,
  projectType: ProjectType,
  worksCategory: Nullable(WorksCategory),
  investor: Nullable(Ref),
  leadId: Nullable(Id),
  industryCode: Nullable(Type.String()),
  subParkId: Nullable(Id),
  subParkName: Nullable(Type.String()),
  departmentId: Nullable(Id),
  enterpriseId: Nullable(Id),
  enterpriseName: Nullable(Type.String()),
  currency: ProjectCurrency,
  /** In minor units of `currency`. */
  plannedInvestment: Type.Integer(),
  plannedInvestmentCnyFen: Type.Integer(),
  /** CNY per USD implied by the CNY equivalent (4 decimals); null for CNY projects. */
  exchangeRate: Nullable(Type.Number()),
  /** In minor units of `currency`. */
  signedAmount: Nullable(Type.Integer()),
  signedAmountCnyFen: Nullable(Type.Integer()),
  stage: ProjectStage,
  stageSince: DateString,
  isKey: Type.Boolean(),
  leaderName: Type.String(),
  ownerUserId: Nullable(Id),
  ownerName: Nullable(Type.String()),
  /** Count of current 履约 warnings over its agreements. */
  warnings: Type.Integer(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Project = Static<typeof Project>;

/** One dated entry into a stage. */
export const ProjectStageEvent = Type.Object({
  id: Id,
  fromStage: Nullable(ProjectStage),
  stage: ProjectStage,
  enteredOn: DateString,
  note: Type.String(),
  recordedBy: Nullable(Type.String()),
  recordedAt: Timestamp,
});
export type ProjectStageEvent = Static<typeof ProjectStageEvent>;

/** Committed (协议) beside actual per-亩 figures; 分 per 亩. */
export const AgreementCompliance = Type.Object({
  warnings: Type.Array(ComplianceWarning),
  /** The months the actuals cover (`YYYY-MM` – `YYYY-MM`), null without approved reports. */
  actualFrom: Nullable(Type.String()),
  actualTo: Nullable(Type.String()),
  /** Land area used for the actuals, hundredths of a 亩. */
  landAreaCentimu: Nullable(Type.Integer()),
  actualOutputPerMuFen: Nullable(Type.Integer()),
  actualTaxPerMuFen: Nullable(Type.Integer()),
});
export type AgreementCompliance = Static<typeof AgreementCompliance>;

/** 协议 and what it commits. */
export const ProjectAgreement = Type.Object({
  id: Id,
  projectId: Id,
  title: Type.String(),
  signedOn: DateString,
  startDeadline: Nullable(DateString),
  completionDeadline: Nullable(DateString),
  productionDeadline: Nullable(DateString),
  landAreaCentimu: Nullable(Type.Integer()),
  /** 投资强度, 分 per 亩. */
  investmentIntensityFenPerMu: Nullable(Type.Integer()),
  /** 亩均产值 at full production, 分 per 亩. */
  outputPerMuFen: Nullable(Type.Integer()),
  /** 亩均税收 at full production, 分 per 亩. */
  taxPerMuFen: Nullable(Type.Integer()),
  fileIds: Type.Array(Id),
  note: Type.String(),
  compliance: AgreementCompliance,
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProjectAgreement = Static<typeof ProjectAgreement>;

/** 到位资金 of one month and origin. */
export const ProjectFunds = Type.Object({
  id: Id,
  projectId: Id,
  period: FundsPeriod,
  origin: FundsOrigin,
  amountCnyFen: Type.Integer(),
  amountUsdCents: Nullable(Type.Integer()),
  note: Type.String(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProjectFunds = Static<typeof ProjectFunds>;

/** A project with its history, agreements and funds. */
export const ProjectDetail = Type.Object({
  ...Project.properties,
  description: Type.String(),
  terminationReason: Nullable(Type.String()),
  worksQuantityUnit: Nullable(Type.String()),
  worksPlannedQuantityCenti: Nullable(Type.Integer()),
  stageHistory: Type.Array(ProjectStageEvent),
  agreements: Type.Array(ProjectAgreement),
  funds: Type.Array(ProjectFunds),
  /** Total 到位资金 in CNY 分. */
  fundsTotalCnyFen: Type.Integer(),
});
export type ProjectDetail = Static<typeof ProjectDetail>;

/** Filters of the project list. */
export const ProjectListQuery = StrictObject({
  stage: Type.Optional(ProjectStage),
  kind: Type.Optional(ProjectKind),
  projectType: Type.Optional(ProjectType),
  /** GB/T 4754 code prefix. */
  industry: Type.Optional(Type.String({ pattern: '^\\d{1,4}$', maxLength: 4 })),
  subParkId: Type.Optional(Id),
  ownerUserId: Type.Optional(Id),
  investorId: Type.Optional(Id),
  enterpriseId: Type.Optional(Id),
  /** Size band: planned investment in CNY ≥ this many 万元. */
  minInvestmentWan: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
  isKey: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  ...PageQuery,
});
export type ProjectListQuery = Static<typeof ProjectListQuery>;

const Text = (max: number) => Type.String({ maxLength: max });

/** Fields a project's create and edit share. */
const projectFields = {
  name: Name(200),
  projectType: ProjectType,
  worksCategory: Nullable(WorksCategory),
  investorId: Nullable(Id),
  agentId: Type.Optional(Nullable(Id)),
  promotionEventId: Type.Optional(Nullable(Id)),
  industryCode: Nullable(IndustryCode),
  subParkId: Nullable(Id),
  departmentId: Nullable(Id),
  currency: ProjectCurrency,
  /** In minor units of `currency`. */
  plannedInvestment: MinorAmount,
  /** CNY per USD; required when currency is USD. */
  exchangeRate: Type.Optional(ExchangeRate),
  isKey: Type.Boolean(),
  leaderName: Text(50),
  ownerUserId: Nullable(Id),
  worksQuantityUnit: Type.Optional(Nullable(Type.String({ maxLength: 8 }))),
  worksPlannedQuantityCenti: Type.Optional(Nullable(MinorAmount)),
  description: Text(4000),
};

/**
 * Create a project. Investment projects start at 'lead' or 'negotiating'; government works
 * (立项) start at 'signed' or later. The first stage event is dated `enteredOn`.
 */
export const ProjectCreateBody = StrictObject({
  kind: ProjectKind,
  ...projectFields,
  stage: ProjectStage,
  enteredOn: DateString,
  /** The 线索 it comes from; must be open, becomes 'converted'. */
  leadId: Type.Optional(Nullable(Id)),
  signedAmount: Type.Optional(Nullable(MinorAmount)),
});
export type ProjectCreateBody = Static<typeof ProjectCreateBody>;

/** Edit a project's facts (the stage moves through POST /projects/:id/stage). */
export const ProjectUpdateBody = StrictObject({
  ...projectFields,
  signedAmount: Type.Optional(Nullable(MinorAmount)),
  version: Version,
});
export type ProjectUpdateBody = Static<typeof ProjectUpdateBody>;

/** Move a project to another stage. */
export const StageTransitionBody = StrictObject({
  stage: ProjectStage,
  enteredOn: DateString,
  /** Required when moving back (e.g. 签约 returned to 在谈) or reactivating. */
  note: Type.Optional(Text(1000)),
  /** Required when terminating. */
  terminationReason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  /** In minor units of the project's currency; required on signing when none is recorded. */
  signedAmount: Type.Optional(MinorAmount),
  version: Version,
});
export type StageTransitionBody = Static<typeof StageTransitionBody>;

/** Create or edit an agreement. */
export const AgreementBody = StrictObject({
  title: Name(200),
  signedOn: DateString,
  startDeadline: Nullable(DateString),
  completionDeadline: Nullable(DateString),
  productionDeadline: Nullable(DateString),
  landAreaCentimu: Nullable(Type.Integer({ minimum: 1, maximum: 1_000_000_000 })),
  investmentIntensityFenPerMu: Nullable(MinorAmount),
  outputPerMuFen: Nullable(MinorAmount),
  taxPerMuFen: Nullable(MinorAmount),
  fileIds: Type.Optional(Type.Array(Id, { maxItems: 20 })),
  note: Type.Optional(Text(2000)),
});
export type AgreementBody = Static<typeof AgreementBody>;

export const AgreementUpdateBody = StrictObject({ ...AgreementBody.properties, version: Version });
export type AgreementUpdateBody = Static<typeof AgreementUpdateBody>;

export const AgreementParams = StrictObject({ id: Id, agreementId: Id });
export type AgreementParams = Static<typeof AgreementParams>;

/** Record 到位资金 of a month and origin (replaces the figure already there). */
export const FundsUpsertBody = StrictObject({
  period: FundsPeriod,
  origin: FundsOrigin,
  amountCnyFen: MinorAmount,
  /** Required when origin is foreign; not allowed otherwise. */
  amountUsdCents: Type.Optional(Nullable(MinorAmount)),
  note: Type.Optional(Text(500)),
});
export type FundsUpsertBody = Static<typeof FundsUpsertBody>;

export const FundsParams = StrictObject({ id: Id, fundsId: Id });
export type FundsParams = Static<typeof FundsParams>;

/** Link the enterprise the investor registered: an existing one, or create it. */
export const ProjectEnterpriseLinkBody = Type.Union([
  StrictObject({ enterpriseId: Id, version: Version }),
  StrictObject({ create: EnterpriseCreateBody, version: Version }),
]);
export type ProjectEnterpriseLinkBody = Static<typeof ProjectEnterpriseLinkBody>;

/** A project as the 一企一档 page lists it. */
export const EnterpriseProjectItem = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  stage: ProjectStage,
  stageSince: DateString,
  currency: ProjectCurrency,
  plannedInvestment: Type.Integer(),
  plannedInvestmentCnyFen: Type.Integer(),
  warnings: Type.Integer(),
});
export type EnterpriseProjectItem = Static<typeof EnterpriseProjectItem>;
