import { Type, type Static } from '@sinclair/typebox';
import { Id, Name, Nullable, StrictObject, Timestamp, Version } from './common.js';

/** Flow indicators are reported as 1–N月 cumulative values; stock indicators as point-in-time values. */
export const IndicatorKind = Type.Union([Type.Literal('flow'), Type.Literal('stock')]);
export type IndicatorKind = Static<typeof IndicatorKind>;

/** Who reports an indicator: enterprises of a category on their monthly form, or a department for the zone. */
export const IndicatorReporter = Type.Union([Type.Literal('enterprise'), Type.Literal('department')]);
export type IndicatorReporter = Static<typeof IndicatorReporter>;

/** Enterprise categories that report on a form (规上工业, 限上批零 …). */
export const enterpriseCategories = [
  'aboveScaleIndustry',
  'aboveScaleServices',
  'wholesaleRetail',
  'construction',
  'allEnterprises',
] as const;
export const EnterpriseCategory = Type.Union(enterpriseCategories.map((c) => Type.Literal(c)));
export type EnterpriseCategory = Static<typeof EnterpriseCategory>;

/** How often an indicator is reported. */
export const IndicatorFrequency = Type.Union([
  Type.Literal('monthly'),
  Type.Literal('quarterly'),
  Type.Literal('yearly'),
]);

/** Growth thresholds in basis points of year-on-year growth (500 = 5.0%). */
const GrowthBp = Nullable(Type.Integer({ minimum: -100_000, maximum: 100_000 }));

/** An indicator of the catalogue (指标). Values are stored as integers: value × 10^scale in `unit`. */
export const Indicator = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  unit: Type.String(),
  /** Decimal places kept exactly; 万元 with scale 6 is stored in 分. */
  scale: Type.Integer(),
  kind: IndicatorKind,
  reporter: IndicatorReporter,
  enterpriseCategory: Nullable(EnterpriseCategory),
  frequency: IndicatorFrequency,
  leadDepartmentId: Nullable(Id),
  cooperatingDepartmentIds: Type.Array(Id),
  alarmGrowthBp: GrowthBp,
  excellenceGrowthBp: GrowthBp,
  status: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
  sortOrder: Type.Integer(),
  version: Version,
  updatedAt: Timestamp,
});
export type Indicator = Static<typeof Indicator>;

const editable = {
  name: Name(50),
  unit: Type.String({ minLength: 1, maxLength: 16 }),
  kind: IndicatorKind,
  reporter: IndicatorReporter,
  enterpriseCategory: Nullable(EnterpriseCategory),
  frequency: IndicatorFrequency,
  leadDepartmentId: Nullable(Id),
  cooperatingDepartmentIds: Type.Array(Id, { maxItems: 20, uniqueItems: true }),
  alarmGrowthBp: GrowthBp,
  excellenceGrowthBp: GrowthBp,
  sortOrder: Type.Integer({ minimum: 0, maximum: 10_000 }),
};

/** Add an indicator; its code and scale are fixed once values exist, so they are set only here. */
export const IndicatorCreateBody = StrictObject({
  code: Type.String({ pattern: '^[a-z][A-Za-z0-9]{1,39}$' }),
  scale: Type.Integer({ minimum: 0, maximum: 6 }),
  ...editable,
});
export type IndicatorCreateBody = Static<typeof IndicatorCreateBody>;

/** Change an indicator's metadata, or archive it. */
export const IndicatorUpdateBody = StrictObject({
  ...editable,
  status: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
  version: Version,
});
export type IndicatorUpdateBody = Static<typeof IndicatorUpdateBody>;
