import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, StrictObject } from './common.js';
import { EnterpriseCategory, IndicatorKind } from './indicators.js';
import { Period, ScaledValue } from './reporting.js';

/** How the summary splits its figures. */
export const StatsGroupBy = Type.Union([
  Type.Literal('none'),
  Type.Literal('subPark'),
  Type.Literal('industry'),
  Type.Literal('category'),
  Type.Literal('enterprise'),
]);
export type StatsGroupBy = Static<typeof StatsGroupBy>;

/** Narrow the figures to one group (drill-down from a figure to what is behind it). */
const drillFilters = {
  subParkId: Type.Optional(Id),
  /** GB/T 4754 大类 (two digits). */
  industry: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
  category: Type.Optional(EnterpriseCategory),
  enterpriseId: Type.Optional(Id),
};

/**
 * `GET /stats/summary`: figures of months `from`…`to` of one year, from approved reports (and
 * department-entered zone figures), on the comparable basis.
 */
export const StatsSummaryQuery = StrictObject({
  /** Comma-separated indicator codes. */
  indicators: Type.String({ minLength: 1, maxLength: 1000 }),
  from: Period,
  to: Period,
  groupBy: Type.Optional(StatsGroupBy),
  /** With groupBy=enterprise: the largest N by the first indicator. */
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 100 })),
  ...drillFilters,
});
export type StatsSummaryQuery = Static<typeof StatsSummaryQuery>;

/** One indicator's figure in one group. */
export const StatsValue = Type.Object({
  indicatorCode: Type.String(),
  /** This period's value: the months' total for flows, the month-end value for stocks. */
  current: Nullable(ScaledValue),
  /** The same enterprises' reported 上年同期 for the same months. */
  previous: Nullable(ScaledValue),
  /** current / previous − 1, a fraction; null when the base is zero or missing. */
  growth: Nullable(Type.Number()),
  /** current / the total's current, a fraction. */
  share: Nullable(Type.Number()),
  /** How many reports carry the figure. */
  reporters: Type.Integer(),
});
export type StatsValue = Static<typeof StatsValue>;

export const StatsGroup = Type.Object({
  /** Sub-park id, 大类 code, category, enterprise id; null for the whole and for unknown. */
  key: Nullable(Type.String()),
  name: Type.String(),
  values: Type.Array(StatsValue),
});
export type StatsGroup = Static<typeof StatsGroup>;

export const StatsIndicator = Type.Object({
  code: Type.String(),
  name: Type.String(),
  unit: Type.String(),
  scale: Type.Integer(),
  kind: IndicatorKind,
  reporter: Type.Union([Type.Literal('enterprise'), Type.Literal('department')]),
  alarmGrowthBp: Nullable(Type.Integer()),
  excellenceGrowthBp: Nullable(Type.Integer()),
});
export type StatsIndicator = Static<typeof StatsIndicator>;

export const StatsSummary = Type.Object({
  from: Period,
  to: Period,
  groupBy: StatsGroupBy,
  indicators: Type.Array(StatsIndicator),
  total: StatsGroup,
  groups: Type.Array(StatsGroup),
});
export type StatsSummary = Static<typeof StatsSummary>;

/** `GET /stats/trend`: monthly cumulative values of one indicator across years. */
export const StatsTrendQuery = StrictObject({
  indicator: Type.String({ pattern: '^[a-z][A-Za-z0-9]{1,39}$' }),
  toYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
  years: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, default: 3 })),
  ...drillFilters,
});
export type StatsTrendQuery = Static<typeof StatsTrendQuery>;

export const StatsTrendPoint = Type.Object({
  month: Type.Integer(),
  cumulative: Nullable(ScaledValue),
  /** The month alone, derived from the cumulative values (flows only). */
  single: Nullable(ScaledValue),
});

export const StatsTrend = Type.Object({
  indicator: StatsIndicator,
  series: Type.Array(Type.Object({ year: Type.Integer(), points: Type.Array(StatsTrendPoint) })),
});
export type StatsTrend = Static<typeof StatsTrend>;
