import type { CellValue } from 'exceljs';

// Readers that turn one spreadsheet cell into a typed value. People type numbers as text and text
// as numbers, and Excel turns dates into serial numbers, so each reader accepts the forms a person
// would reasonably produce and nothing looser. Money and areas never pass through a float.

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
function numberText(n: number): Read<string> {
  const text = String(n);
  return Number.isFinite(n) && !/e/i.test(text) ? { value: text } : { problem: '数值超出范围' };
}

/** 万元 with up to 6 decimals → integer 分 (1 万元 = 1,000,000 分), by string and BigInt arithmetic. */
export function wanToFen(v: Plain, maxFen: number): Read<number> {
  if (v === null) return { value: 0 };
  const text =
    typeof v === 'number'
      ? numberText(v)
      : typeof v === 'string'
        ? { value: v.replace(/,/g, '') }
        : { problem: '应为数字' };
  if ('problem' in text) return text;
  const m = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(text.value);
  if (!m) return { problem: '应为不小于 0 的金额(万元),最多 6 位小数' };
  const fen = BigInt(m[1]!) * 1_000_000n + BigInt((m[2] ?? '').padEnd(6, '0'));
  return fen > BigInt(maxFen) ? { problem: '金额过大' } : { value: Number(fen) };
}

/** Integer 分 → 万元 as exact decimal text without trailing zeros. */
export function fenToWan(fen: number): string {
  const whole = BigInt(fen) / 1_000_000n;
  const fraction = String(BigInt(fen) % 1_000_000n)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
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
