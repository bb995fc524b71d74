/** Shown in place of a missing value. */
export const EMPTY = '—';

/** The zone's time zone: timestamps are stored in UTC and shown in China Standard Time. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

const dateTimeParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function shanghaiParts(value: string | Date): Record<string, string> | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts: Record<string, string> = {};
  for (const part of dateTimeParts.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/** A UTC ISO timestamp as `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai; null or invalid → '—'. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  const p = shanghaiParts(value);
  if (!p) return EMPTY;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** A UTC ISO timestamp as `YYYY-MM-DD` in Asia/Shanghai; null or invalid → '—'. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  const p = shanghaiParts(value);
  return p ? `${p.year}-${p.month}-${p.day}` : EMPTY;
}

/** Groups the integer digits in threes: 1234567 → '1,234,567'. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Divides an integer amount of 分 by `unitFen` and rounds half away from zero to two decimals,
 * in integer arithmetic so that no binary-float error reaches the displayed figure.
 */
function fenToUnit(fen: number, unitFen: number): string {
  const hundredths = unitFen / 100;
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const whole = Math.floor(abs / hundredths);
  const rest = abs - whole * hundredths;
  const rounded = rest * 2 >= hundredths ? whole + 1 : whole;
  const integer = Math.floor(rounded / 100);
  const fraction = String(rounded % 100).padStart(2, '0');
  const sign = negative && rounded !== 0 ? '-' : '';
  return `${sign}${groupThousands(String(integer))}.${fraction}`;
}

/** Money in 分 as 万元 with two decimals, e.g. 123456789 → '123.46'; null → '—'. Add the unit in the column title. */
export function formatWan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return EMPTY;
  return fenToUnit(fen, 1_000_000);
}

/** Money in 分 as 亿元 with two decimals, e.g. 1234567890123 → '123.46'; null → '—'. */
export function formatYi(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return EMPTY;
  return fenToUnit(fen, 10_000_000_000);
}

/**
 * An indicator value stored as value × 10^scale, in its own unit with min(scale, 2) decimals, rounded
 * half away from zero in integers: (123456789, 6) → '123.46' (万元), (1234, 0) → '1,234' (人); null → '—'.
 */
export function formatScaled(value: number | null | undefined, scale: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  const decimals = Math.min(scale, 2);
  const drop = 10 ** (scale - decimals);
  const abs = Math.abs(Math.trunc(value));
  const whole = Math.floor(abs / drop);
  const units = (abs - whole * drop) * 2 >= drop && drop > 1 ? whole + 1 : whole;
  const digits = String(units).padStart(decimals + 1, '0');
  const integer = groupThousands(digits.slice(0, digits.length - decimals));
  const text = decimals > 0 ? `${integer}.${digits.slice(-decimals)}` : integer;
  return value < 0 && units !== 0 ? `-${text}` : text;
}

/** A ratio as a percentage with one decimal: 0.1234 → '12.3%'; null → '—'. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return EMPTY;
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/** An area in 亩 given as a decimal string ("1234.50") with thousands separators; null → '—'. */
export function formatMu(areaMu: string | null | undefined): string {
  if (!areaMu) return EMPTY;
  const [integer = '0', fraction] = areaMu.split('.');
  return fraction === undefined ? groupThousands(integer) : `${groupThousands(integer)}.${fraction}`;
}
