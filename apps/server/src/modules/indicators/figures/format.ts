import { toExact, type Amount } from './amount.js';
import { progressGap } from './targets.js';

/** a / b (b > 0) rounded half away from zero, in exact integer arithmetic. */
function divideHalfAway(a: bigint, b: bigint): bigint {
  const quotient = a / b; // truncates toward zero
  const remainder = a % b; // carries a's sign
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice < b) return quotient;
  return a < 0n ? quotient - 1n : quotient + 1n;
}

/** Exact `value × 10^places` for a power that may be negative, rounding half away from zero. */
function shiftDecimal(value: bigint, places: number): bigint {
  return places >= 0 ? value * 10n ** BigInt(places) : divideHalfAway(value, 10n ** BigInt(-places));
}

/**
 * round(value × 10^shift) of a float ratio, taken on its 15-significant-digit decimal: that is the decimal the
 * ratio stands for (0.0425 is stored as 0.04249999…), so a .5 case rounds away from zero as on paper.
 */
function roundFloat(value: number, shift: number): bigint {
  const [mantissa = '0', exponent = '0'] = value.toExponential(14).split('e');
  const digits = BigInt(mantissa.replace('.', '')); // 15 digits with the sign: mantissa × 10^14
  return shiftDecimal(digits, Number(exponent) - 14 + shift);
}

/** An integer count of 10^-decimals units as a decimal string; no sign on zero so nothing shows "-0.0". */
function decimalText(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const text = decimals > 0 ? `${whole}.${digits.slice(digits.length - decimals)}` : whole;
  return negative ? `-${text}` : text;
}

/** A ratio as a percentage with one decimal ('33.1%', '-4.2%'), half away from zero; '—' when there is no number. */
export function formatRatePercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${decimalText(roundFloat(ratio, 3), 1)}%`;
}

/** 分 in a unit of 10^exponent 分 with `decimals` places, rounded half away from zero on integers. */
function formatFen(fen: Amount, exponent: number, decimals: number, unit: string): string {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`小数位数无效: ${decimals}`);
  return `${decimalText(shiftDecimal(toExact(fen), decimals - exponent), decimals)}${unit}`;
}

/** 分 as 万元 (1万元 = 10^6 分), two decimals by default: 152736000 → '152.74万元'. */
export function formatWanYuan(fen: Amount, decimals = 2): string {
  return formatFen(fen, 6, decimals, '万元');
}

/** 分 as 亿元 (1亿元 = 10^10 分), two decimals by default: 2015000000 → '20.15亿元'. */
export function formatYiYuan(fen: Amount, decimals = 2): string {
  return formatFen(fen, 10, decimals, '亿元');
}

/**
 * The sentence the summaries quote: '完成全年目标任务的51.2%,超序时进度9.5个百分点' (or 低于 / 持平).
 * The gap is rounded once to one decimal and the wording follows that rounded figure, so it never says "超0.0".
 */
export function describeProgress(completionRate: number | null, timeElapsed: number): string {
  const gap = progressGap(completionRate, timeElapsed);
  if (completionRate === null || gap === null) return '未设定全年目标';
  const done = `完成全年目标任务的${formatRatePercent(completionRate)}`;
  const tenths = roundFloat(gap, 1);
  if (tenths > 0n) return `${done},超序时进度${decimalText(tenths, 1)}个百分点`;
  if (tenths < 0n) return `${done},低于序时进度${decimalText(-tenths, 1)}个百分点`;
  return `${done},与序时进度持平`;
}
