import ExcelJS, { type CellValue, type Worksheet } from 'exceljs';
import { decimalText, headerKey, neutralise, plainOf } from '../../../platform/excel/cells.js';
import type { IndicatorTable } from '../indicators.tables.js';

// The layout of a month's import file: the template the server hands out and the sheet it reads.

/** Most data rows one import may carry (the xlsx guard bounds the file to match). */
export const MAX_IMPORT_ROWS = 5_000;

/** The fixed columns of the layout. */
export const HEADERS = {
  creditCode: '统一社会信用代码',
  name: '企业名称',
  explanation: '情况说明',
} as const;

/** One figure column: an indicator's 本期累计 or 上年同期, in the indicator's unit. */
export interface ValueColumn {
  header: string;
  indicator: IndicatorTable;
  side: 'cumulative' | 'previousYear';
}

/** Two columns per form indicator, in form order. */
export function valueColumns(indicators: readonly IndicatorTable[]): ValueColumn[] {
  return indicators.flatMap((indicator) => [
    { header: `${indicator.name}本期累计(${indicator.unit})`, indicator, side: 'cumulative' as const },
    { header: `${indicator.name}上年同期(${indicator.unit})`, indicator, side: 'previousYear' as const },
  ]);
}

/** A stored value as the number a person reads in the indicator's unit; exact (≤ 15 digits). */
export function displayNumber(value: number | null, scale: number): number | null {
  return value === null ? null : Number(decimalText(value, scale));
}

/** One report's row of the template. */
export interface TemplateRow {
  creditCode: string;
  name: string;
  /** Stored values by indicator id. */
  values: Map<string, { cumulative: number | null; previous_year: number | null }>;
  explanation: string;
}

/** What the 说明 sheet says about the task. */
export interface TemplateTask {
  title: string;
  period: string;
}

/** The month's template: one row per report, values already present filled in, and a 说明 sheet. */
export async function templateWorkbook(
  task: TemplateTask,
  indicators: readonly IndicatorTable[],
  rows: readonly TemplateRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const columns = valueColumns(indicators);
  // The sheet is named after the month, so a file of another month is recognised on import.
  const sheet = workbook.addWorksheet(task.period, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  sheet.columns = [
    { width: 22, style: { numFmt: '@' } },
    { width: 30 },
    ...columns.map((c) => ({ width: 16, style: { numFmt: numberFormat(c.indicator.scale) } })),
    { width: 40 },
  ];
  const header = sheet.addRow([
    HEADERS.creditCode,
    HEADERS.name,
    ...columns.map((c) => c.header),
    HEADERS.explanation,
  ]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const row of rows) {
    sheet.addRow([
      row.creditCode,
      neutralise(row.name),
      ...columns.map((c) => {
        const stored = row.values.get(c.indicator.id);
        const value = c.side === 'cumulative' ? stored?.cumulative : stored?.previous_year;
        return displayNumber(value ?? null, c.indicator.scale);
      }),
      neutralise(row.explanation) || null,
    ]);
  }
  helpSheet(workbook, task, indicators);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Two decimals at most on screen; the cell keeps every decimal the scale allows. */
function numberFormat(scale: number): string {
  return scale === 0 ? '#,##0' : `#,##0.${'0'.repeat(Math.min(scale, 2))}`;
}

function helpSheet(workbook: ExcelJS.Workbook, task: TemplateTask, indicators: readonly IndicatorTable[]) {
  const help = workbook.addWorksheet('说明');
  help.columns = [{ width: 34 }, { width: 12 }, { width: 12 }, { width: 70 }];
  help.addRow([`${task.title} 导入说明`]).font = { bold: true, size: 14 };
  for (const line of [
    `报告期:${task.period}。每行是本任务中您数据范围内的一家企业,按统一社会信用代码对应月报;企业名称仅供核对,不导入。`,
    '"本期累计"填 1 月至本月的累计数(存量指标填月末数),"上年同期"填上年同一期间的数,单位见列名;数值不能为负(利润总额除外)。',
    '本期累计为必填;任一单元格或审核规则不通过时,整个文件都不导入,请按提示修改后重新导入。',
    '同比增减超过 50%、或本月数与本年此前月均相差一倍以上时,须在"情况说明"中说明原因,该说明用于该行所有需说明的指标。',
    '导入的月报视为已审核通过;已审核的月报数据有变化时记为修订(修订原因"月度导入修订"),数据相同的不作改动,同一文件重复导入不会重复计入。',
    `每次最多 ${MAX_IMPORT_ROWS} 行,文件不超过 10 MB。`,
  ])
    help.addRow([line]);
  help.addRow([]);
  help.addRow(['指标', '单位', '最多小数位', '类型']).font = { bold: true };
  for (const i of indicators)
    help.addRow([i.name, i.unit, i.scale, i.kind === 'flow' ? '累计(流量)' : '月末数(存量)']);
}

/** A data row of an import file, by Excel row number; blank rows are left out. */
export interface ImportRow {
  number: number;
  creditCode: CellValue;
  /** In the order of `valueColumns(indicators)`. */
  values: CellValue[];
  explanation: CellValue;
}

/** The rows of an import file, or the headers it lacks. */
export interface ImportSheet {
  /** The data sheet's name (the template names it after the month). */
  name: string;
  rows: ImportRow[];
  missing: string[];
}

/** Finds the sheet whose first row carries the headers and reads it; a string is the reason it cannot be used. */
export function readImportSheet(
  workbook: ExcelJS.Workbook,
  indicators: readonly IndicatorTable[],
): ImportSheet | string {
  const sheet = workbook.worksheets.find((ws) => headerPositions(ws).has(headerKey(HEADERS.creditCode)));
  if (!sheet) return `未找到表头"${HEADERS.creditCode}",请使用导入模板`;
  const positions = headerPositions(sheet);
  const columns = valueColumns(indicators);
  const wanted = [HEADERS.creditCode, ...columns.map((c) => c.header), HEADERS.explanation];
  const missing = wanted.filter((h) => !positions.has(headerKey(h)));
  if (missing.length > 0) return { name: sheet.name, rows: [], missing };
  const at = (header: string) => positions.get(headerKey(header))!;
  const codeCol = at(HEADERS.creditCode);
  const valueCols = columns.map((c) => at(c.header));
  const explanationCol = at(HEADERS.explanation);

  const rows: ImportRow[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1 || tooMany) return;
    const read: ImportRow = {
      number,
      creditCode: row.getCell(codeCol).value,
      values: valueCols.map((col) => row.getCell(col).value),
      explanation: row.getCell(explanationCol).value,
    };
    if ([read.creditCode, ...read.values, read.explanation].every(isBlank)) return;
    rows.push(read);
    tooMany = rows.length > MAX_IMPORT_ROWS;
  });
  if (tooMany) return `数据行超过 ${MAX_IMPORT_ROWS} 行,请分批导入`;
  return { name: sheet.name, rows, missing: [] };
}

function isBlank(value: CellValue): boolean {
  const plain = plainOf(value);
  return 'value' in plain && plain.value === null;
}

/** Header text → column number in row 1 of a sheet. */
function headerPositions(sheet: Worksheet): Map<string, number> {
  const positions = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const plain = plainOf(cell.value);
    if ('value' in plain && plain.value !== null && !positions.has(headerKey(plain.value)))
      positions.set(headerKey(plain.value), col);
  });
  return positions;
}
