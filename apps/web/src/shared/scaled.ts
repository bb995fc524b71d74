/**
 * Exact decimal text ↔ scaled integers (value × 10^scale), done on the digits of the string itself so
 * that no binary-float rounding can creep in: 0.29 万元 at scale 6 is exactly 290,000 分.
 */

/** The decimal text a field with `scale` decimal places accepts, optionally signed. */
export function decimalPattern(scale: number, allowNegative: boolean): RegExp {
  const sign = allowNegative ? '-?' : '';
  const fraction = scale > 0 ? `(\\.\\d{1,${scale}})?` : '';
  return new RegExp(`^${sign}\\d{1,15}${fraction}$`);
}

/**
 * Decimal text → integer value × 10^scale, by moving the decimal point in the string: ('1234.5', 6) →
 * 1234500000. Null when the text is not such a number or the result is not a safe integer.
 */
export function textToScaled(text: string, scale: number, allowNegative = true): number | null {
  const trimmed = text.trim();
  if (!decimalPattern(scale, allowNegative).test(trimmed)) return null;
  const negative = trimmed.startsWith('-');
  const [integer = '0', fraction = ''] = (negative ? trimmed.slice(1) : trimmed).split('.');
  const value = Number(`${integer}${fraction.padEnd(scale, '0')}`);
  if (!Number.isSafeInteger(value)) return null;
  return negative && value !== 0 ? -value : value;
}

/**
 * Integer value × 10^scale → editable decimal text, exact, with at least `minDecimals` places and no
 * trailing zeros beyond them: (1234500000, 6, 2) → '1234.50'; (1234567891, 6, 2) → '1234.567891'.
 */
export function scaledToText(value: number, scale: number, minDecimals = 0): string {
  const negative = value < 0;
  const digits = String(Math.trunc(Math.abs(value))).padStart(scale + 1, '0');
  const integer = scale > 0 ? digits.slice(0, -scale).replace(/^0+(?=\d)/, '') : digits;
  const fraction = scale > 0 ? digits.slice(-scale) : '';
  const keep = Math.min(minDecimals, scale);
  const trimmed = fraction.slice(0, keep) + fraction.slice(keep).replace(/0+$/, '');
  const sign = negative && value !== 0 ? '-' : '';
  return trimmed ? `${sign}${integer}.${trimmed}` : `${sign}${integer}`;
}
