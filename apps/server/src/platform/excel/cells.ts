import type { CellValue } from 'exceljs';

// Readers that turn one spreadsheet cell into a typed value, shared by every Excel import. People
// type numbers as text and text as numbers, and Excel turns dates into serial numbers, so each
// reader accepts the forms a person would reasonably produce and nothing looser. Scaled figures
// (money, areas) never pass through a float.

/** A cell reduced to a plain value: trimmed text, a number, a date, a boolean, or null when blank. */
export type Plain = string | number | Date | boolean | null;

/** A value read from a cell, or the reason (Chinese) it was refused. */
export type Read<T> = { value: T } | { problem: string };

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a text that a spreadsheet would run as a formula with ' (security.md 16). */
export function neutralise<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** The plain value of a cell: rich text, hyperlinks and formulas become their text or cached result. */
export function plainOf(value: CellValue): Read<Plain> {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string') {
    const text = value.trim();
    // Undo our own export's neutralisation so an exported file imports back unchanged.
    return { value: text === '' ? null : /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return { value };
  if ('error' in value) return { problem: `单元格是错误值 ${value.error}` };
  if ('richText' in value) return plainOf(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return plainOf(value.text as CellValue);
  if ('result' in value) return plainOf(value.result ?? null);
  return { value: null }; // a formula without a cached result: nothing was computed, nothing to read
}

/** Text of a cell; numbers are taken as typed (a phone or code entered as a number). */
export function readText(v: Plain): Read<string | null> {
  if (v === null || typeof v === 'string') return { value: v };
  if (typeof v === 'number') return numberText(v);
  return { problem: '应为文本' };
}

/** A number as the decimal text a person typed; exponent forms mean it is out of range or precision. */
export function numberText(n: number): Read<string> {
  const text = String(n);
  return Number.isFinite(n) && !/e/i.test(text) ? { value: text } : { problem: '数值超出范围' };
}

/** A decimal with at most `places` decimals (亩), as text. */
export function readDecimal(v: Plain, places: number): Read<string | null> {
  const text = readText(v);
  if ('problem' in text || text.value === null) return text;
  return new RegExp(`^\\d+(\\.\\d{1,${places}})?$`).test(text.value)
    ? text
    : { problem: `应为不小于 0 的数字,最多 ${places} 位小数` };
}

/** A whole number; blank reads as `blank`. */
export function readInteger(v: Plain, blank: number): Read<number> {
  if (v === null) return { value: blank };
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? { value: n } : { problem: '应为整数' };
}

/** A calendar date: an Excel date, an Excel serial number, or text YYYY-MM-DD (also YYYY/M/D). */
export function readDate(v: Plain): Read<string | null> {
  if (v === null) return { value: null };
  if (v instanceof Date) return isoDay(v);
  // Serial numbers appear when a date cell lost its date format; 1 = 1900-01-01 in Excel's count.
  if (typeof v === 'number')
    return Number.isInteger(v) && v > 0 && v < 73_051
      ? isoDay(new Date(Date.UTC(1899, 11, 30) + v * 86_400_000))
      : { problem: '应为日期,格式 YYYY-MM-DD' };
  const m = typeof v === 'string' ? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v) : null;
  if (!m) return { problem: '应为日期,格式 YYYY-MM-DD' };
  const text = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const day = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text
    ? { problem: `${v} 不是有效日期` }
    : isoDay(day);
}

/** The UTC day of an exceljs date (exceljs reads serials as UTC), rounded to the minute against float error. */
function isoDay(d: Date): Read<string> {
  const rounded = new Date(Math.round(d.getTime() / 60_000) * 60_000);
  const year = rounded.getUTCFullYear();
  return year < 1900 || year > 2099
    ? { problem: '日期超出范围' }
    : { value: rounded.toISOString().slice(0, 10) };
}

/** A cell's text quoted in a message, cut short so a huge cell cannot bloat the error response. */
export function quoted(text: string): string {
  return `"${Array.from(text).length > 20 ? `${Array.from(text).slice(0, 20).join('')}…` : text}"`;
}

/** One of a fixed set of Chinese names, mapped to its code. */
export function readChoice<C extends string>(v: Plain, names: Record<C, string>): Read<C | null> {
  const text = readText(v);
  if ('problem' in text || text.value === null) return text as Read<null>;
  const code = (Object.keys(names) as C[]).find((c) => names[c] === text.value);
  return code ? { value: code } : { problem: `应为 ${Object.values(names).join('/')} 之一` };
}

/** A header cell's text as layouts compare it: no `*` or spaces, full-width brackets made ASCII. */
export function headerKey(text: Plain): string {
  return String(text ?? '')
    .replace(/[*\s]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/**
 * A decimal in display units (number or text, thousands separators allowed) → the integer
 * value × 10^scale, exactly: the decimal point is moved in the text, so nothing passes through a
 * float; more decimals than `scale` are refused, never rounded. Blank reads as null.
 */
export function readScaled(
  v: Plain,
  scale: number,
  bounds: { min: number; max: number },
): Read<number | null> {
  if (v === null) return { value: null };
  const text =
    typeof v === 'number'
      ? numberText(v)
      : typeof v === 'string'
        ? { value: v.replace(/,/g, '') }
        : { problem: '应为数字' };
  if ('problem' in text) return text;
  const m = /^(-?)(\d{1,16})(?:\.(\d+))?$/.exec(text.value);
  if (!m || (m[3] ?? '').length > scale) {
    const what = scale === 0 ? '整数' : `数字,最多 ${scale} 位小数`;
    return { problem: `应为${bounds.min >= 0 ? '不小于 0 的' : ''}${what}` };
  }
  const digits = `${m[2]!}${(m[3] ?? '').padEnd(scale, '0')}`;
  // Integer text of up to 15 digits converts to a double exactly; longer goes through BigInt.
  const magnitude = digits.length <= 15 ? Number(digits) : BigInt(digits);
  const value = m[1] && magnitude ? -magnitude : magnitude;
  if (value > bounds.max) return { problem: `不能大于 ${decimalText(bounds.max, scale)}` };
  if (value < bounds.min) return { problem: `不能小于 ${decimalText(bounds.min, scale)}` };
  return { value: Number(value) };
}

/** An integer value × 10^scale as exact decimal text without trailing zeros (1234500000, 6 → "1234.5"). */
export function decimalText(value: number, scale: number): string {
  const magnitude = BigInt(Math.abs(value));
  const unit = 10n ** BigInt(scale);
  const fraction = String(magnitude % unit)
    .padStart(scale, '0')
    .replace(/0+$/, '');
  const whole = `${value < 0 ? '-' : ''}${magnitude / unit}`;
  return fraction ? `${whole}.${fraction}` : whole;
}
