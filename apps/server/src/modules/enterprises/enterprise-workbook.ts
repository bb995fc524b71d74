import ExcelJS, { type CellValue, type DataValidation, type Worksheet } from 'exceljs';
import { COLUMNS, CURRENCY_NAMES, EXAMPLE_CREDIT_CODE, HEADERS, type ColumnKey } from './enterprise-excel.js';
import { normaliseCreditCode } from '@kaifaqu/contracts';
import { headerKey, plainOf } from '../../platform/excel/cells.js';
import { loadWorkbook } from '../../platform/excel/upload.js';
import { STATUS_NAMES } from './lifecycle.js';
import { OWNERSHIP_NAMES } from './ownership.js';

/** Most data rows one import may carry (security.md 15). */
export const MAX_IMPORT_ROWS = 5_000;

const DATA_SHEET = '企业名录';
const HELP_SHEET = '说明';
// Typed as text so Excel keeps leading zeros and long digit strings exactly as typed.
const TEXT_COLUMNS: ColumnKey[] = [
  'creditCode',
  'industryCode',
  'contactPhone',
  'establishedOn',
  'settledOn',
  'statusSince',
];

/** The data sheet with its header row and column formats. */
function dataSheet(workbook: ExcelJS.Workbook): Worksheet {
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    style: TEXT_COLUMNS.includes(c.key) ? { numFmt: '@' } : {},
  }));
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  return sheet;
}

/** The import template: header, one example row, drop-down lists, and the 说明 sheet. */
export async function templateWorkbook(subParkNames: string[], industryNames: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = dataSheet(workbook);
  sheet.addRow([
    EXAMPLE_CREDIT_CODE,
    '示例科技有限公司',
    '张三',
    500,
    '人民币',
    '2020-03-01',
    '2021-05-10',
    subParkNames[0] ?? '',
    '兴业大道1号',
    '3670',
    industryNames[0] ?? '',
    '内资',
    50,
    120,
    '李四',
    '13912345678',
    '签约',
    '2021-05-10',
  ]).font = { italic: true, color: { argb: 'FF808080' } };

  const help = workbook.addWorksheet(HELP_SHEET);
  help.columns = [{ width: 22 }, { width: 8 }, { width: 80 }];
  help.addRow(['企业批量导入说明']).font = { bold: true, size: 14 };
  for (const line of [
    `第 2 行是示例(统一社会信用代码 ${EXAMPLE_CREDIT_CODE}),导入时自动跳过,可直接覆盖或删除。`,
    `每次最多 ${MAX_IMPORT_ROWS} 行,文件不超过 10 MB;任一行有错误时整个文件都不导入,请按提示修改后重新导入。`,
    '已登记且在您数据范围内的企业按统一社会信用代码更新;导入不变更企业状态,状态变化请用"状态变更"。',
    '已被登记但不在您数据范围内的统一社会信用代码不能导入,请联系管理员。',
  ])
    help.addRow([line]);
  help.addRow([]);
  help.addRow(['列名', '必填', '填写说明']).font = { bold: true };
  for (const c of COLUMNS) help.addRow([c.header, c.header.endsWith('*') ? '是' : '', c.hint]);
  const listAt = (title: string, names: string[]): string | null => {
    help.addRow([]);
    help.addRow([title]).font = { bold: true };
    const first = help.rowCount + 1;
    for (const name of names) help.addRow([name]);
    return names.length ? `'${HELP_SHEET}'!$A$${first}:$A$${first + names.length - 1}` : null;
  };
  const subParkRange = listAt('园区名称', subParkNames);
  const industryRange = listAt('主导产业', industryNames);

  const lists: Partial<Record<ColumnKey, string | null>> = {
    registeredCapitalCurrency: `"${Object.values(CURRENCY_NAMES).join(',')}"`,
    ownership: `"${Object.values(OWNERSHIP_NAMES).join(',')}"`,
    status: `"${Object.values(STATUS_NAMES).join(',')}"`,
    subParkId: subParkRange,
    leadingIndustryCode: industryRange,
  };
  // exceljs 4 keeps range validations on `dataValidations` but leaves it out of its typings.
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }
  ).dataValidations;
  COLUMNS.forEach((c, i) => {
    const formula = lists[c.key];
    if (!formula) return;
    const letter = sheet.getColumn(i + 1).letter;
    validations.add(`${letter}2:${letter}${MAX_IMPORT_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorTitle: c.header,
      error: `请从列表中选择${c.header.replace('*', '')}`,
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An export: the template's header and columns, one row per enterprise (values already neutralised). */
export async function exportWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = dataSheet(workbook);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The data rows of an import file, by Excel row number; the example row and blank rows are left out. */
export interface ImportSheet {
  rows: { number: number; cells: Record<ColumnKey, CellValue> }[];
  /** Headers of the layout that the file lacks. */
  missing: string[];
}

/** Reads the sheet whose first row carries the headers; a string is the reason the file cannot be read. */
export async function readImportSheet(content: Buffer): Promise<ImportSheet | string> {
  const workbook = await loadWorkbook(content);
  if (typeof workbook === 'string') return workbook;
  const key = headerKey(HEADERS.creditCode);
  const sheet = workbook.worksheets.find((ws) => headerPositions(ws).has(key));
  if (!sheet) return `未找到表头"${HEADERS.creditCode}",请使用导入模板`;
  const positions = headerPositions(sheet);
  const missing = COLUMNS.filter((c) => !positions.has(headerKey(c.header))).map((c) => c.header);
  const rows: ImportSheet['rows'] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1 || tooMany) return;
    const cells = Object.fromEntries(
      COLUMNS.map((c) => {
        const col = positions.get(headerKey(c.header));
        return [c.key, col ? row.getCell(col).value : null];
      }),
    ) as Record<ColumnKey, CellValue>;
    if (
      Object.values(cells).every((v) => {
        const p = plainOf(v);
        return 'value' in p && p.value === null;
      })
    )
      return;
    const code = plainOf(cells.creditCode);
    if (
      'value' in code &&
      typeof code.value === 'string' &&
      normaliseCreditCode(code.value) === EXAMPLE_CREDIT_CODE
    )
      return;
    rows.push({ number, cells });
    tooMany = rows.length > MAX_IMPORT_ROWS;
  });
  if (tooMany) return `数据行超过 ${MAX_IMPORT_ROWS} 行,请分批导入`;
  return { rows, missing };
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
