import ExcelJS from 'exceljs';
import type { BenchDataset } from './dataset.js';
import { BENCH_CODES, OPEN_PERIOD, indexOf } from './model.js';

/** The header row of the import layout: credit code, name, 本期累计/上年同期 per form indicator, 情况说明. */
export function monthHeaders(data: BenchDataset): string[] {
  return [
    '统一社会信用代码',
    '企业名称',
    ...data.form.flatMap((i) => [`${i.name}本期累计(${i.unit})`, `${i.name}上年同期(${i.unit})`]),
    '情况说明',
  ];
}

/** The open month's figures of one enterprise in display units: code → [本期累计, 上年同期]. */
function monthFigures(data: BenchDataset, n: number): Map<string, [number, number]> {
  const k = indexOf(OPEN_PERIOD);
  const stored = new Map<string, [number, number]>(Object.entries(data.model.extras(n)));
  for (const code of BENCH_CODES)
    stored.set(code, [data.model.cumulative(n, code, k), data.model.cumulative(n, code, k - 12)]);
  const display = new Map<string, [number, number]>();
  for (const [code, [current, previous]] of stored) {
    const unit = 10 ** data.scales[code]!;
    display.set(code, [current / unit, previous / unit]);
  }
  return display;
}

/**
 * The open month's import file for every enterprise, laid out as the server's template (a sheet
 * named after the month, the header row first); values in display units (万元 with 2 decimals)
 * that pass the hard checks and need no 情况说明.
 */
export async function monthWorkbook(data: BenchDataset): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(OPEN_PERIOD);
  sheet.addRow(monthHeaders(data));
  data.enterprises.forEach((enterprise, n) => {
    const figures = monthFigures(data, n);
    sheet.addRow([
      enterprise.creditCode,
      enterprise.name,
      ...data.form.flatMap((i) => figures.get(i.code)!),
      null,
    ]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The header row of the first sheet of a workbook (the server's template), as text. */
export async function headerRow(content: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const headers: string[] = [];
  workbook.worksheets[0]?.getRow(1).eachCell((cell, col) => (headers[col - 1] = cell.text.trim()));
  return headers;
}
