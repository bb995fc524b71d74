import { inflateRawSync } from 'node:zlib';

/**
 * Checks an uploaded .xlsx before exceljs sees it (security.md 15). exceljs inflates every part into
 * memory and expands ranges cell by cell, so a small file can exhaust memory or time: a zip bomb,
 * a central directory that understates sizes, a million rows, or a merge or data validation over
 * a whole sheet. Everything here reads only the central directory or inflates with a hard output cap.
 */

/** The bounds an import workbook must respect. */
export const XLSX_LIMITS = {
  /** Sum of the declared uncompressed sizes of all parts. */
  uncompressedBytes: 50 * 1024 * 1024,
  /** Worst compression ratio of a part above `ratioFloorBytes`; real sheets compress 10–20×. */
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
  entries: 1_000,
  /** `<row>` elements over all sheets: data rows, the header, formatted empty rows, the 说明 sheet. */
  rows: 10_000,
  /** 5,000 rows of 18 columns are 90,000 cells; this leaves room for extra columns and bounds exceljs to seconds. */
  cells: 200_000,
  sharedStrings: 200_000,
  cellFormats: 65_000,
  /** Cells covered by merges and data validations (exceljs visits each). */
  rangeCells: 200_000,
  merges: 2_000,
} as const;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  offset: number;
}

/** Null when the workbook is within bounds, otherwise the reason in Chinese. */
export function xlsxProblem(content: Buffer): string | null {
  const entries = centralDirectory(content);
  if (typeof entries === 'string') return entries;
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > XLSX_LIMITS.uncompressedBytes)
    return `文件解压后超过 ${XLSX_LIMITS.uncompressedBytes / 1024 / 1024} MB`;
  for (const e of entries) {
    if (e.size > XLSX_LIMITS.ratioFloorBytes && e.size > e.compressed * XLSX_LIMITS.ratio)
      return '文件压缩比异常';
  }
  const counts = { rows: 0, cells: 0, sharedStrings: 0, cellFormats: 0, rangeCells: 0, merges: 0 };
  for (const e of entries) {
    const data = inflate(content, e);
    if (!data) return '文件已损坏或压缩数据与目录不符';
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) countSheet(data.toString('latin1'), counts);
    if (e.name === 'xl/sharedStrings.xml')
      counts.sharedStrings += occurrences(data.toString('latin1'), /<si[\s>]/g);
    if (e.name === 'xl/styles.xml') counts.cellFormats += occurrences(data.toString('latin1'), /<xf[\s>/]/g);
  }
  const over = (Object.keys(counts) as (keyof typeof counts)[]).find((k) => counts[k] > XLSX_LIMITS[k]);
  return over ? `工作簿${COUNT_NAMES[over]}超过 ${XLSX_LIMITS[over]},请只保留企业数据后重试` : null;
}

const COUNT_NAMES = {
  rows: '行数',
  cells: '单元格数',
  sharedStrings: '文本条目数',
  cellFormats: '单元格格式数',
  rangeCells: '合并单元格与数据验证覆盖的单元格数',
  merges: '合并单元格数',
} as const;

/** The entries listed in the central directory, or the reason it cannot be trusted. */
function centralDirectory(content: Buffer): Entry[] | string {
  if (content.length < 22 || content.readUInt32LE(0) !== LOCAL) return '不是有效的 xlsx 文件';
  let end = -1;
  for (let i = content.length - 22; i >= Math.max(0, content.length - 22 - 0xffff); i--) {
    if (content.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) return '不是有效的 xlsx 文件';
  const count = content.readUInt16LE(end + 10);
  let at = content.readUInt32LE(end + 16);
  // 0xFFFF / 0xFFFFFFFF mean ZIP64, which no spreadsheet of this size needs.
  if (count === 0xffff || at === 0xffffffff || content.readUInt16LE(end + 4) !== 0) return '不支持该压缩格式';
  if (count === 0 || count > XLSX_LIMITS.entries) return '文件中的条目数量异常';
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== CENTRAL) return '文件目录已损坏';
    const entry: Entry = {
      flags: content.readUInt16LE(at + 8),
      method: content.readUInt16LE(at + 10),
      compressed: content.readUInt32LE(at + 20),
      size: content.readUInt32LE(at + 24),
      offset: content.readUInt32LE(at + 42),
      name: content.toString('utf8', at + 46, at + 46 + content.readUInt16LE(at + 28)),
    };
    if (entry.flags & 0x01) return '不支持加密的文件,请取消密码后重试';
    if (entry.method !== 0 && entry.method !== 8) return '不支持该压缩格式';
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff) return '不支持该压缩格式';
    entries.push(entry);
    at += 46 + content.readUInt16LE(at + 28) + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's bytes, inflated with the declared size as a hard cap; null when they disagree. */
function inflate(content: Buffer, e: Entry): Buffer | null {
  if (e.offset + 30 > content.length || content.readUInt32LE(e.offset) !== LOCAL) return null;
  const start = e.offset + 30 + content.readUInt16LE(e.offset + 26) + content.readUInt16LE(e.offset + 28);
  if (start + e.compressed > content.length) return null;
  const raw = content.subarray(start, start + e.compressed);
  try {
    // maxOutputLength stops inflation the moment the output passes the declared size.
    const data = e.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) });
    return data.length === e.size ? data : null;
  } catch {
    return null;
  }
}

function countSheet(
  xml: string,
  counts: { rows: number; cells: number; rangeCells: number; merges: number },
): void {
  counts.rows += occurrences(xml, /<row[\s>/]/g);
  counts.cells += occurrences(xml, /<c[\s>/]/g);
  for (const m of xml.matchAll(/<mergeCell\s[^>]*?ref="([^"]*)"/g)) {
    counts.merges += 1;
    counts.rangeCells += rangeArea(m[1]!);
  }
  for (const m of xml.matchAll(/<dataValidation\s[^>]*?sqref="([^"]*)"/g)) {
    for (const ref of m[1]!.trim().split(/\s+/)) counts.rangeCells += rangeArea(ref);
  }
}

function occurrences(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** Cells in an A1 or A1:B2 reference; an unreadable one counts as the whole sheet. */
function rangeArea(ref: string): number {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref);
  if (!m) return Number.MAX_SAFE_INTEGER;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1] = [col(m[1]!), Number(m[2])];
  const [c2, r2] = m[3] ? [col(m[3]), Number(m[4])] : [c1, r1];
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}
