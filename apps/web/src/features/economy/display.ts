import type { StatsIndicator } from '@kaifaqu/contracts';
import { EMPTY, formatScaled } from '../../shared/format';
import { scaledToText } from '../../shared/scaled';

/** What display needs of an indicator: its unit and the decimal places of its stored integers. */
export interface UnitOf {
  unit: string;
  scale: number;
}

/** A figure ready to show: the number text and the unit it is in. */
export interface DisplayAmount {
  text: string;
  unit: string;
}

/** Decimals shown for a unit: two, or none for a count stored without decimals (人). */
export function displayDecimals(indicator: UnitOf): number {
  return Math.min(2, indicator.scale);
}

/** Whether a unit counts in 万 (万元, 万美元, 万千瓦时), so that large figures read better in 亿. */
function isWanUnit(unit: string): boolean {
  return unit.startsWith('万') && unit.length > 1;
}

/** True when the value is at least 1亿 of a 万-unit (10^4 万). */
function reachesYi(value: number, indicator: UnitOf): boolean {
  return isWanUnit(indicator.unit) && Math.abs(value) >= 10_000 * 10 ** indicator.scale;
}

/**
 * A value in its indicator's unit with two decimals; with `preferYi`, a 万-unit figure of 1亿 or more is
 * shown in 亿 (万元 → 亿元, 万美元 → 亿美元), as the committee's reports quote large totals.
 */
export function displayAmount(
  value: number | null | undefined,
  indicator: UnitOf,
  preferYi = false,
): DisplayAmount {
  if (value === null || value === undefined) return { text: EMPTY, unit: indicator.unit };
  if (preferYi && reachesYi(value, indicator)) {
    // 1亿 = 10^4 万: the same integer read at four more decimal places, with two shown.
    return { text: formatScaled(value, indicator.scale + 4), unit: `亿${indicator.unit.slice(1)}` };
  }
  return { text: formatScaled(value, indicator.scale), unit: indicator.unit };
}

/** The number text alone in the indicator's own unit (for table cells whose title names the unit). */
export function amountText(value: number | null | undefined, indicator: UnitOf): string {
  return displayAmount(value, indicator).text;
}

/** The unit a chart of these values reads best in (亿 when the largest reaches 1亿) and the divisor's scale. */
export function chartUnit(values: readonly number[], indicator: UnitOf): { unit: string; scale: number } {
  const largest = values.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  return reachesYi(largest, indicator)
    ? { unit: `亿${indicator.unit.slice(1)}`, scale: indicator.scale + 4 }
    : { unit: indicator.unit, scale: indicator.scale };
}

/** A stored value as a chart number in the given display scale (float, for drawing only). */
export function chartValue(value: number | null, scale: number): number | null {
  return value === null ? null : Math.round((value / 10 ** scale) * 100) / 100;
}

/** How a growth figure reads against its indicator's thresholds. */
export type GrowthTone = 'alarm' | 'excellent' | 'normal' | 'none';

/**
 * Below the alarm threshold (预警) or above the excellence threshold (优秀), both in basis points of
 * year-on-year growth (500 = 5.0%); `none` when there is no growth figure.
 */
export function growthTone(
  growth: number | null | undefined,
  indicator: Pick<StatsIndicator, 'alarmGrowthBp' | 'excellenceGrowthBp'>,
): GrowthTone {
  if (growth === null || growth === undefined || !Number.isFinite(growth)) return 'none';
  // Compared in basis points rounded to one decimal of a percent, as the figure is shown.
  const shownBp = Math.round(growth * 1000) * 10;
  if (indicator.alarmGrowthBp !== null && shownBp < indicator.alarmGrowthBp) return 'alarm';
  if (indicator.excellenceGrowthBp !== null && shownBp > indicator.excellenceGrowthBp) return 'excellent';
  return 'normal';
}

/** Basis points as an exact percentage text: 550 → '5.5%', -200 → '-2%'; null → '—'. */
export function bpText(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return EMPTY;
  return `${scaledToText(bp, 2)}%`;
}
