import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Name, Nullable, PageQuery, StrictObject, Timestamp, Version } from './common.js';
import { EnterpriseCategory, IndicatorKind } from './indicators.js';

/** A reporting period, one month: `YYYY-MM`. */
export const Period = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7 });

/**
 * A stored figure: value × 10^scale of its indicator, exact (万元 with scale 6 is 分).
 * Negative values pass the schema so that the form's hard check can name them in Chinese.
 */
export const ScaledValue = Type.Integer({ minimum: -1e14, maximum: 1e14 });

/** Where an enterprise's monthly report stands (填报状态). */
export const reportStatuses = ['notStarted', 'draft', 'submitted', 'returned', 'approved'] as const;
export const ReportStatus = Type.Union(reportStatuses.map((s) => Type.Literal(s)));
export type ReportStatus = Static<typeof ReportStatus>;

/** Counts of a task's reports by status. */
export const ReportStatusCounts = Type.Object({
  total: Type.Integer(),
  notStarted: Type.Integer(),
  draft: Type.Integer(),
  submitted: Type.Integer(),
  returned: Type.Integer(),
  approved: Type.Integer(),
});
export type ReportStatusCounts = Static<typeof ReportStatusCounts>;

/** A monthly reporting task (填报任务) for the enterprises of a category. */
export const ReportTask = Type.Object({
  id: Id,
  period: Period,
  enterpriseCategory: EnterpriseCategory,
  title: Type.String(),
  deadline: DateString,
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  counts: ReportStatusCounts,
  createdAt: Timestamp,
  version: Type.Integer(),
});
export type ReportTask = Static<typeof ReportTask>;

/**
 * Open a task. Without `enterpriseIds` the task covers the category's enterprises of the year
 * (规上工业: those holding the year's 规上 qualification; all enterprises: those in production).
 */
export const ReportTaskCreateBody = StrictObject({
  period: Period,
  enterpriseCategory: EnterpriseCategory,
  deadline: DateString,
  title: Type.Optional(Name(100)),
  enterpriseIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 20_000, uniqueItems: true })),
});
export type ReportTaskCreateBody = Static<typeof ReportTaskCreateBody>;

export const ReportTaskListQuery = StrictObject({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
});
export type ReportTaskListQuery = Static<typeof ReportTaskListQuery>;

/** One enterprise's report of a period, as lists show it. */
export const ReportListItem = Type.Object({
  id: Id,
  taskId: Id,
  period: Period,
  enterpriseCategory: EnterpriseCategory,
  enterpriseId: Id,
  enterpriseName: Type.String(),
  creditCode: Type.String(),
  subParkId: Nullable(Id),
  status: ReportStatus,
  deadline: DateString,
  submittedAt: Nullable(Timestamp),
  reviewedAt: Nullable(Timestamp),
  returnComment: Type.String(),
  revisionCount: Type.Integer(),
  version: Type.Integer(),
});
export type ReportListItem = Static<typeof ReportListItem>;

export const ReportListQuery = StrictObject({
  taskId: Type.Optional(Id),
  period: Type.Optional(Period),
  status: Type.Optional(ReportStatus),
  keyword: Type.Optional(Type.String({ maxLength: 50 })),
  ...PageQuery,
});
export type ReportListQuery = Static<typeof ReportListQuery>;

/** One indicator line of a report form. */
export const ReportLine = Type.Object({
  indicatorId: Id,
  code: Type.String(),
  name: Type.String(),
  unit: Type.String(),
  scale: Type.Integer(),
  kind: IndicatorKind,
  /** 1–N月 cumulative (flow) or the month-end value (stock). */
  cumulative: Nullable(ScaledValue),
  /** 上年同期: the same enterprise's value for the same months of last year. */
  previousYear: Nullable(ScaledValue),
  /** Last year's approved value of the same month, offered as the 上年同期. */
  previousYearSuggested: Nullable(ScaledValue),
  /** The enterprise's value of the month before (same year), for the trend checks. */
  lastMonthCumulative: Nullable(ScaledValue),
});
export type ReportLine = Static<typeof ReportLine>;

/** A finding of the form checks (审核规则). Hard ones block; soft ones need an explanation. */
export const ReportCheck = Type.Object({
  indicatorCode: Type.String(),
  rule: Type.Union([
    Type.Literal('missing'),
    Type.Literal('negative'),
    Type.Literal('valueAddedAboveOutput'),
    Type.Literal('belowLastMonth'),
    Type.Literal('growthBeyondLimit'),
    Type.Literal('trendBreak'),
  ]),
  severity: Type.Union([Type.Literal('hard'), Type.Literal('soft')]),
  message: Type.String(),
  explained: Type.Boolean(),
});
export type ReportCheck = Static<typeof ReportCheck>;

/** An explanation of a soft-check finding, per indicator (情况说明). */
export const ReportExplanation = Type.Object({
  indicatorCode: Type.String({ maxLength: 40 }),
  text: Type.String({ minLength: 1, maxLength: 500 }),
});
export type ReportExplanation = Static<typeof ReportExplanation>;

/** A whole report with its form lines and the current check findings. */
export const ReportForm = Type.Composite([
  ReportListItem,
  Type.Object({
    lines: Type.Array(ReportLine),
    explanations: Type.Array(ReportExplanation),
    checks: Type.Array(ReportCheck),
  }),
]);
export type ReportForm = Static<typeof ReportForm>;

/** One value entered on the form. */
export const ReportValueInput = StrictObject({
  indicatorCode: Type.String({ maxLength: 40 }),
  cumulative: Nullable(ScaledValue),
  previousYear: Nullable(ScaledValue),
});
export type ReportValueInput = Static<typeof ReportValueInput>;

/** Save the form as a draft (any values; the checks run at submission). */
export const ReportSaveBody = StrictObject({
  values: Type.Array(ReportValueInput, { maxItems: 200 }),
  explanations: Type.Array(ReportExplanation, { maxItems: 200 }),
  version: Version,
});
export type ReportSaveBody = Static<typeof ReportSaveBody>;

/** Send the report back to the enterprise with the reason (退回). */
export const ReportReturnBody = StrictObject({
  comment: Type.String({ minLength: 1, maxLength: 500 }),
  version: Version,
});
export type ReportReturnBody = Static<typeof ReportReturnBody>;

/** Correct an approved (locked) report: a recorded revision (修订) with its reason. */
export const ReportRevisionBody = StrictObject({
  values: Type.Array(ReportValueInput, { minItems: 1, maxItems: 200 }),
  reason: Type.String({ minLength: 2, maxLength: 500 }),
  version: Version,
});
export type ReportRevisionBody = Static<typeof ReportRevisionBody>;

/** One changed value of a recorded revision. */
export const ReportRevision = Type.Object({
  id: Id,
  indicatorCode: Type.String(),
  indicatorName: Type.String(),
  oldCumulative: Nullable(ScaledValue),
  newCumulative: Nullable(ScaledValue),
  oldPreviousYear: Nullable(ScaledValue),
  newPreviousYear: Nullable(ScaledValue),
  reason: Type.String(),
  revisedBy: Type.String(),
  revisedAt: Timestamp,
});
export type ReportRevision = Static<typeof ReportRevision>;

/** A zone-level figure entered by a department (全区指标), per month. */
export const ZoneFigure = Type.Object({
  indicatorId: Id,
  indicatorCode: Type.String(),
  indicatorName: Type.String(),
  unit: Type.String(),
  scale: Type.Integer(),
  leadDepartmentId: Nullable(Id),
  period: Period,
  cumulative: Nullable(ScaledValue),
  previousYear: Nullable(ScaledValue),
  enteredBy: Nullable(Type.String()),
  enteredAt: Nullable(Timestamp),
  version: Nullable(Type.Integer()),
});
export type ZoneFigure = Static<typeof ZoneFigure>;

export const ZoneFigureQuery = StrictObject({ period: Period });
export type ZoneFigureQuery = Static<typeof ZoneFigureQuery>;

export const ZoneFigureParams = StrictObject({
  code: Type.String({ pattern: '^[a-z][A-Za-z0-9]{1,39}$' }),
  period: Period,
});
export type ZoneFigureParams = Static<typeof ZoneFigureParams>;

/** Enter or correct a zone-level figure; `version` is null for the first entry of the month. */
export const ZoneFigureBody = StrictObject({
  cumulative: ScaledValue,
  previousYear: Nullable(ScaledValue),
  version: Nullable(Version),
});
export type ZoneFigureBody = Static<typeof ZoneFigureBody>;

/**
 * Result of importing a month from Excel (all rows written and approved, or nothing):
 * `created` had no values before, `updated` had unapproved ones, `revised` were approved with
 * other values (a recorded revision), `unchanged` were approved with the same values.
 */
export const ReportImportResult = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  revised: Type.Integer(),
});
export type ReportImportResult = Static<typeof ReportImportResult>;
