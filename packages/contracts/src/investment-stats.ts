import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Nullable, StrictObject } from './common.js';

// The figures of investment attraction (招商引资) the summaries quote: projects that reached
// 签约 / 开工 / 投产 in a date range, 在谈 projects, funds in place (到位资金), 接待 and 外出考察.
// "Reached stage S in [from, to]" = the project's first entry into S or any later pipeline stage
// (not 终止) is dated within the range, and the project is not 终止 as of `to`.

/** Stable codes of the module's refusals. */
export const InvestmentStatsErrorCode = {
  badRange: 'INVESTMENT_STATS_BAD_RANGE',
} as const;

/** Planned-investment size bands (CNY): <2000万, 2000万–1亿, 1–5亿, 5–10亿, ≥10亿. */
export const InvestmentSizeBand = Type.Union([
  Type.Literal('below20m'),
  Type.Literal('from20mTo100m'),
  Type.Literal('from100mTo500m'),
  Type.Literal('from500mTo1b'),
  Type.Literal('atLeast1b'),
]);
export type InvestmentSizeBand = Static<typeof InvestmentSizeBand>;

/** How the summary splits its project figures. */
export const InvestmentStatsGroupBy = Type.Union([
  Type.Literal('none'),
  Type.Literal('subPark'),
  Type.Literal('industry'),
  Type.Literal('projectType'),
  Type.Literal('sizeBand'),
]);
export type InvestmentStatsGroupBy = Static<typeof InvestmentStatsGroupBy>;

/** What a drill-down lists. */
export const InvestmentMetric = Type.Union([
  Type.Literal('signed'),
  Type.Literal('started'),
  Type.Literal('inProduction'),
  Type.Literal('negotiating'),
  Type.Literal('fundsOutOfProvince'),
  Type.Literal('fundsForeign'),
]);
export type InvestmentMetric = Static<typeof InvestmentMetric>;

/** Range and filters shared by the summary and its drill-down. */
const filters = {
  from: DateString,
  to: DateString,
  /** Only projects of planned investment ≥ this many 万元 (10000 = 亿元以上). */
  minInvestmentWan: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
  /** GB/T 4754 大类 (two digits) or 小类 (four digits). */
  industry: Type.Optional(Type.String({ pattern: '^(\\d{2}|\\d{4})$' })),
  projectType: Type.Optional(Type.String({ minLength: 1, maxLength: 24 })),
  subParkId: Type.Optional(Id),
  /** Only manufacturing (制造业, GB/T 4754 门类 C: 大类 13–43). */
  manufacturingOnly: Type.Optional(Type.Boolean()),
};

/** `GET /investment-stats/summary`. */
export const InvestmentStatsQuery = StrictObject({
  ...filters,
  groupBy: Type.Optional(InvestmentStatsGroupBy),
});
export type InvestmentStatsQuery = Static<typeof InvestmentStatsQuery>;

/** `GET /investment-stats/projects`: the projects behind one figure. */
export const InvestmentDrillQuery = StrictObject({ ...filters, metric: InvestmentMetric });
export type InvestmentDrillQuery = Static<typeof InvestmentDrillQuery>;

/** A count of projects and the sum of their planned investment (CNY 分). */
export const ProjectCount = Type.Object({
  count: Type.Integer(),
  plannedInvestmentCnyFen: Type.Integer(),
});
export type ProjectCount = Static<typeof ProjectCount>;

/** 到位资金 of the range's months by origin; foreign also in US cents as received. */
export const FundsInPlace = Type.Object({
  inProvinceCnyFen: Type.Integer(),
  outOfProvinceCnyFen: Type.Integer(),
  foreignCnyFen: Type.Integer(),
  foreignUsdCents: Type.Integer(),
});
export type FundsInPlace = Static<typeof FundsInPlace>;

/** The project figures of one group (or of the whole). */
export const InvestmentFigures = Type.Object({
  signed: ProjectCount,
  started: ProjectCount,
  inProduction: ProjectCount,
  /** 在谈 as of `to`. */
  negotiating: ProjectCount,
  funds: FundsInPlace,
});
export type InvestmentFigures = Static<typeof InvestmentFigures>;

export const InvestmentStatsGroup = Type.Object({
  /** Sub-park id, 大类 code, project type or size band; null for "none given". */
  key: Nullable(Type.String()),
  name: Type.String(),
  figures: InvestmentFigures,
});
export type InvestmentStatsGroup = Static<typeof InvestmentStatsGroup>;

/** 接待 / 外出考察 / 推介会 started within the range (批次 / 次 / 场). */
export const ActivityCounts = Type.Object({
  receptions: Type.Integer(),
  trips: Type.Integer(),
  promotionEvents: Type.Integer(),
});
export type ActivityCounts = Static<typeof ActivityCounts>;

export const InvestmentStatsSummary = Type.Object({
  from: DateString,
  to: DateString,
  total: InvestmentFigures,
  /** Empty without groupBy; the groups' figures add up to the total. */
  groups: Type.Array(InvestmentStatsGroup),
  /** Every project in scope by its stage as of `to` (the funnel), filters applied. */
  stages: Type.Array(Type.Object({ stage: Type.String(), count: Type.Integer() })),
  activities: ActivityCounts,
});
export type InvestmentStatsSummary = Static<typeof InvestmentStatsSummary>;

/** One project behind a figure. */
export const InvestmentDrillRow = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  projectType: Type.String(),
  industryCode: Nullable(Type.String()),
  subParkId: Nullable(Type.String()),
  subParkName: Nullable(Type.String()),
  /** Stage as of `to`. */
  stage: Type.String(),
  plannedInvestmentCnyFen: Type.Integer(),
  /** When it reached the stage counted (signed … metrics); null for the others. */
  reachedOn: Nullable(DateString),
  /** Funds of the range (funds metrics): CNY, and US cents for foreign. */
  fundsCnyFen: Nullable(Type.Integer()),
  fundsUsdCents: Nullable(Type.Integer()),
});
export type InvestmentDrillRow = Static<typeof InvestmentDrillRow>;
