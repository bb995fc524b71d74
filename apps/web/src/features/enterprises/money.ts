import { scaledToText, textToScaled } from '../../shared/scaled';

/** Largest registered capital the API accepts, in 分. */
export const MAX_CAPITAL_FEN = 9_000_000_000_000_000;

/** What the 万元 field accepts: up to 10 integer digits and 6 decimals (1 分 = 0.000001 万元). */
export const WAN_PATTERN = /^\d{1,10}(\.\d{1,6})?$/;

/**
 * 万元 typed as text → integer 分, by moving the decimal point six places in the string itself, so that
 * no binary-float rounding can creep in (0.29 万元 is exactly 2,900 分). Null when the text is invalid.
 */
export function wanToFen(text: string): number | null {
  const trimmed = text.trim();
  if (!WAN_PATTERN.test(trimmed)) return null;
  const fen = textToScaled(trimmed, 6, false);
  return fen !== null && fen <= MAX_CAPITAL_FEN ? fen : null;
}

/** Integer 分 → 万元 as editable text without trailing zeros: 5,000,000 → '5', 2,900 → '0.0029'. */
export function fenToWanText(fen: number): string {
  return scaledToText(Math.abs(fen), 6);
}

/** What the 亩 field accepts: up to 9 integer digits and 2 decimals. */
export const MU_PATTERN = /^\d{1,9}(\.\d{1,2})?$/;

/** A typed area in 亩 as the API's two-decimal string: '12.5' → '12.50'; empty → null. */
export function normaliseMu(text: string | undefined | null): string | null {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) return null;
  const [integer = '0', fraction = ''] = trimmed.split('.');
  return `${integer.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** An area stored in 0.01 亩 (as the history keeps it) → '12.50'. */
export function centimuToMu(centimu: string): string {
  if (!/^\d+$/.test(centimu)) return centimu;
  const digits = centimu.padStart(3, '0');
  return `${digits.slice(0, -2).replace(/^0+(?=\d)/, '')}.${digits.slice(-2)}`;
}
