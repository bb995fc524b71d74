import { Type, type Static } from '@sinclair/typebox';
import { DateString, Nullable, StrictObject } from './common.js';

/** Stable error codes of the safety figures. */
export const SafetyStatsErrorCode = {
  badPeriod: 'SAFETY_STATS_BAD_PERIOD',
} as const;

/** How the safety figures split: by enterprise, sub-park, hazard category or grade. */
export const SafetyStatsGroupBy = Type.Union([
  Type.Literal('none'),
  Type.Literal('enterprise'),
  Type.Literal('subPark'),
  Type.Literal('category'),
  Type.Literal('grade'),
]);
export type SafetyStatsGroupBy = Static<typeof SafetyStatsGroupBy>;

/**
 * `GET /safety-stats`: the quarterly and annual figures (domain.md §9). The period is either
 * `period` (`2026`, `2026Q1`, `2026-03`) or `from`…`to` (dates, inclusive); without either, the
 * current quarter.
 */
export const SafetyStatsQuery = StrictObject({
  period: Type.Optional(Type.String({ pattern: '^\\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$', maxLength: 7 })),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  groupBy: Type.Optional(SafetyStatsGroupBy),
});
export type SafetyStatsQuery = Static<typeof SafetyStatsQuery>;

/**
 * The figures of one group for [from, to]. Inspection and notice counts are null in groups that
 * cannot carry them (hazard category, grade).
 */
export const SafetyFigures = Type.Object({
  /** Completed inspections with inspected_on in the period. */
  inspections: Nullable(Type.Integer()),
  /** Distinct enterprises among those inspections. */
  enterprisesInspected: Nullable(Type.Integer()),
  /** Hazards found in the period. */
  found: Type.Integer(),
  /** Of those found in the period, closed (销号) by its end. */
  rectified: Type.Integer(),
  /** rectified / found in basis points (9852 = 98.52%); null when none were found. */
  rateBp: Nullable(Type.Integer()),
  /** Hazards closed in the period, whenever they were found. */
  closedInPeriod: Type.Integer(),
  /** Open at the end of the period (or today, if earlier) with their deadline before that day. */
  overdue: Type.Integer(),
  /** 整改通知书 issued in the period. */
  noticesIssued: Nullable(Type.Integer()),
  /** 重大 hazards found by the end of the period and still open then. */
  majorOpen: Type.Integer(),
  /** 挂牌督办 hazards found by the end of the period and still open then. */
  supervisedOpen: Type.Integer(),
});
export type SafetyFigures = Static<typeof SafetyFigures>;

/** One row of the table: a sub-park, enterprise, category or grade (key null: not assigned). */
export const SafetyStatsGroup = Type.Object({
  key: Nullable(Type.String()),
  name: Type.String(),
  figures: SafetyFigures,
});
export type SafetyStatsGroup = Static<typeof SafetyStatsGroup>;

export const SafetyStats = Type.Object({
  from: DateString,
  to: DateString,
  /** The day overdue is judged on: `to`, or today when the period has not ended. */
  asOf: DateString,
  groupBy: SafetyStatsGroupBy,
  total: SafetyFigures,
  groups: Type.Array(SafetyStatsGroup),
});
export type SafetyStats = Static<typeof SafetyStats>;

/** `GET /safety-stats/trend`: hazards found and closed in each month of a year. */
export const SafetyTrendQuery = StrictObject({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
});
export type SafetyTrendQuery = Static<typeof SafetyTrendQuery>;

export const SafetyTrend = Type.Object({
  year: Type.Integer(),
  months: Type.Array(
    Type.Object({
      /** `YYYY-MM`. */
      month: Type.String(),
      found: Type.Integer(),
      /** Closed (销号) in the month, whenever found. */
      closed: Type.Integer(),
    }),
  ),
});
export type SafetyTrend = Static<typeof SafetyTrend>;

/** 一企一档 · 安全环保: what the enterprise file shows of one enterprise's safety record. */
export const SafetyFileSection = Type.Object({
  /** Years for which a 安全生产责任书 is signed, newest first. */
  agreementYears: Type.Array(Type.Integer()),
  inspections: Type.Array(
    Type.Object({
      id: Type.String(),
      inspectedOn: DateString,
      kind: Type.String(),
      inspectors: Type.String(),
      summary: Type.String(),
    }),
  ),
  hazardCounts: Type.Object({ open: Type.Integer(), overdue: Type.Integer(), closed: Type.Integer() }),
  openHazards: Type.Array(
    Type.Object({
      id: Type.String(),
      code: Type.String(),
      description: Type.String(),
      category: Type.String(),
      grade: Type.String(),
      status: Type.String(),
      foundOn: DateString,
      deadline: DateString,
      overdue: Type.Boolean(),
    }),
  ),
  dischargePermits: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.String(),
      validFrom: Nullable(DateString),
      validTo: Nullable(DateString),
      status: Nullable(Type.String()),
    }),
  ),
});
export type SafetyFileSection = Static<typeof SafetyFileSection>;
