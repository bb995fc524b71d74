import type { Indicator, IndicatorCreateBody, IndicatorUpdateBody } from '@kaifaqu/contracts';
import { scaledToText, textToScaled } from '../../shared/scaled';

/** The indicator modal's fields; thresholds are typed in percent (5.5) and stored in basis points (550). */
export interface IndicatorFormValues {
  code: string;
  scale: number;
  name: string;
  unit: string;
  kind: Indicator['kind'];
  reporter: Indicator['reporter'];
  enterpriseCategory?: Indicator['enterpriseCategory'];
  frequency: Indicator['frequency'];
  leadDepartmentId?: string | null;
  cooperatingDepartmentIds?: string[];
  alarmPercent?: string | null;
  excellencePercent?: string | null;
  sortOrder: number;
  status: Indicator['status'];
}

/** What a percentage field accepts: up to two decimals, possibly negative (a decline threshold). */
export const PERCENT_PATTERN = /^-?\d{1,4}(\.\d{1,2})?$/;

/** A typed percentage → basis points, exactly ('5.5' → 550); empty → null. */
export function percentToBp(text: string | null | undefined): number | null {
  const trimmed = text?.trim() ?? '';
  return trimmed ? textToScaled(trimmed, 2) : null;
}

/** Basis points → percentage text for editing (550 → '5.5'). */
export function bpToPercent(bp: number | null): string | null {
  return bp === null ? null : scaledToText(bp, 2);
}

/** The form's starting values: an existing indicator's, or sensible ones for a new flow indicator in 万元. */
export function initialIndicatorValues(indicator: Indicator | null): Partial<IndicatorFormValues> {
  if (!indicator) {
    return {
      unit: '万元',
      scale: 6,
      kind: 'flow',
      reporter: 'enterprise',
      enterpriseCategory: 'aboveScaleIndustry',
      frequency: 'monthly',
      sortOrder: 100,
      status: 'active',
    };
  }
  return {
    ...indicator,
    alarmPercent: bpToPercent(indicator.alarmGrowthBp),
    excellencePercent: bpToPercent(indicator.excellenceGrowthBp),
  };
}

function editable(v: IndicatorFormValues) {
  return {
    name: v.name.trim(),
    unit: v.unit.trim(),
    kind: v.kind,
    reporter: v.reporter,
    enterpriseCategory: v.reporter === 'enterprise' ? (v.enterpriseCategory ?? null) : null,
    frequency: v.frequency,
    leadDepartmentId: v.leadDepartmentId ?? null,
    cooperatingDepartmentIds: v.cooperatingDepartmentIds ?? [],
    alarmGrowthBp: percentToBp(v.alarmPercent),
    excellenceGrowthBp: percentToBp(v.excellencePercent),
    sortOrder: v.sortOrder,
  };
}

/** The body of POST /indicators. */
export function createBody(v: IndicatorFormValues): IndicatorCreateBody {
  return { code: v.code.trim(), scale: v.scale, ...editable(v) };
}

/** The body of PUT /indicators/:id, carrying the version read. */
export function updateBody(v: IndicatorFormValues, version: number): IndicatorUpdateBody {
  return { ...editable(v), status: v.status, version };
}
