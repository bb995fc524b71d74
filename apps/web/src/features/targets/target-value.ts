import type { TargetSubject } from '@kaifaqu/contracts';
import { EMPTY, formatScaled } from '../../shared/format';
import type { Locale } from '../../shared/i18n';
import { scaledToText, textToScaled } from '../../shared/scaled';

/** Largest target the API accepts (below 9e15, so it stays a safe integer). */
export const MAX_TARGET_VALUE = 8_999_999_999_999_999;

/** A subject's name in the UI language. */
export function subjectName(subject: TargetSubject, locale: Locale): string {
  return locale === 'zh-CN' ? subject.nameZh : subject.nameEn;
}

/**
 * A stored value (value × 10^scale) in the subject's unit: 万元 at scale 6 with two decimals
 * ('1,000,000.00万元'), counts as integers ('10家'); '—' without a value.
 */
export function formatTargetValue(value: number | null, subject: TargetSubject | null): string {
  if (value === null) return EMPTY;
  if (!subject) return String(value);
  return `${formatScaled(value, subject.scale)}${subject.unit}`;
}

/** Typed text in the subject's unit → the exact stored integer; null when invalid or too large. */
export function parseTargetValue(text: string, scale: number): number | null {
  const value = textToScaled(text, scale, false);
  return value !== null && value <= MAX_TARGET_VALUE ? value : null;
}

/** A stored value as editable text in the subject's unit: 10^12 at scale 6 → '1000000'. */
export function targetValueText(value: number, scale: number): string {
  return scaledToText(value, scale);
}
