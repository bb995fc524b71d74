import ExcelJS, { type CellValue } from 'exceljs';
import type { KaifaquApp } from '../../../app.js';
import { multipart } from '../../../platform/files/files.test-support.js';

// Helpers of the month-import tests (not a test file itself).

/** The 规上工业 form in catalogue order: code, name, unit. */
export const FORM = [
  ['grossOutput', '工业总产值', '万元'],
  ['valueAdded', '工业增加值', '万元'],
  ['revenue', '营业收入', '万元'],
  ['profit', '利润总额', '万元'],
  ['tax', '税金总额', '万元'],
  ['exportDelivery', '出口交货值', '万元'],
  ['fixedAssetInvestment', '固定资产投资', '万元'],
  ['techRenovationInvestment', '技改投资', '万元'],
  ['rdExpenditure', 'R&D经费支出', '万元'],
  ['energyConsumption', '综合能耗', '吨标准煤'],
  ['electricity', '用电量', '万千瓦时'],
  ['employees', '从业人员', '人'],
] as const;

export type FormCode = (typeof FORM)[number][0];

/** The header row of the layout. */
export const MONTH_HEADERS = [
  '统一社会信用代码',
  '企业名称',
  ...FORM.flatMap(([, name, unit]) => [`${name}本期累计(${unit})`, `${name}上年同期(${unit})`]),
  '情况说明',
];

/** A row that passes every check: 本期累计 / 上年同期 in display units, about +10% on the year. */
export function monthRow(
  creditCode: string,
  overrides: Partial<Record<FormCode, [CellValue, CellValue]>> = {},
  explanation: CellValue = null,
): CellValue[] {
  const defaults: Record<FormCode, [CellValue, CellValue]> = {
    grossOutput: [1000, 900],
    valueAdded: [300, 280],
    revenue: [950, 860],
    profit: [50, 45],
    tax: [30, 28],
    exportDelivery: [100, 95],
    fixedAssetInvestment: [200, 190],
    techRenovationInvestment: [80, 75],
    rdExpenditure: [40, 37],
    energyConsumption: [1200.5, 1100],
    electricity: [350.25, 330],
    employees: [150, 145],
  };
  const values = { ...defaults, ...overrides };
  return [creditCode, '某企业', ...FORM.flatMap(([code]) => values[code]), explanation];
}

/** An xlsx with the layout's header row and the given rows, on a sheet named `sheetName`. */
export async function monthFile(
  rows: CellValue[][],
  sheetName = '月报',
  headers = MONTH_HEADERS,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of a sheet of an xlsx, each as cell values from column 1. */
export async function sheetRows(
  content: Buffer,
  sheetName?: string,
): Promise<{ name: string; rows: CellValue[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer,
  );
  const sheet = sheetName ? workbook.getWorksheet(sheetName)! : workbook.worksheets[0]!;
  const rows: CellValue[][] = [];
  sheet.eachRow((row) => rows.push(MONTH_HEADERS.map((_, i) => row.getCell(i + 1).value)));
  return { name: sheet.name, rows };
}

/** POST /api/v1/report-tasks/:id/import with one file part. */
export function importMonth(app: KaifaquApp, cookie: string, taskId: string, content: Buffer) {
  const body = multipart([{ name: 'file', filename: '月报导入.xlsx', content }]);
  return app.inject({
    method: 'POST',
    url: `/api/v1/report-tasks/${taskId}/import`,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
}
