import ExcelJS, { type DataValidation } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COLUMNS, parseRow, type ColumnKey, type RowLookups } from './enterprise-excel.js';
import { importRow, zipOf } from './enterprise-import.test-support.js';
import { templateWorkbook } from './enterprise-workbook.js';
import { neutralise, plainOf, readDate } from '../../platform/excel/cells.js';
import { xlsxProblem } from '../../platform/excel/xlsx-guard.js';
import { fenToWan, wanToFen } from './excel-cells.js';

const MAX = 9_000_000_000_000_000;

describe('wanToFen / fenToWan', () => {
  it('converts 万元 with up to 6 decimals to exact 分, never through a float', () => {
    expect(wanToFen('0.000001', MAX)).toEqual({ value: 1 });
    expect(wanToFen(1234.5, MAX)).toEqual({ value: 1_234_500_000 });
    expect(wanToFen(0.1, MAX)).toEqual({ value: 100_000 });
    expect(wanToFen('1,234.567891', MAX)).toEqual({ value: 1_234_567_891 });
    expect(wanToFen('9000000000', MAX)).toEqual({ value: MAX });
    expect(wanToFen(null, MAX)).toEqual({ value: 0 });
    for (const bad of ['9000000000.000001', '1.0000001', '-1', '1e3', 'abc', 1e-7]) {
      expect(wanToFen(bad, MAX), String(bad)).toHaveProperty('problem');
    }
    for (const fen of [0, 1, 100_000, 1_234_500_000, 123_456_789, MAX]) {
      const back = wanToFen(fenToWan(fen), MAX);
      expect(back, String(fen)).toEqual({ value: fen });
    }
    expect(fenToWan(1_234_500_000)).toBe('1234.5');
  });
});

describe('readDate', () => {
  it('reads Excel dates, serials and YYYY-MM-DD text, and refuses impossible days', () => {
    expect(readDate(new Date(Date.UTC(2021, 4, 10)))).toEqual({ value: '2021-05-10' });
    expect(readDate(new Date(Date.UTC(2021, 4, 10) - 1))).toEqual({ value: '2021-05-10' }); // float error of a serial
    expect(readDate(43_831)).toEqual({ value: '2020-01-01' });
    expect(readDate('2021/5/1')).toEqual({ value: '2021-05-01' });
    expect(readDate(null)).toEqual({ value: null });
    for (const bad of ['2021-02-30', '20210510', '明天', 20_210_510, 1.5])
      expect(readDate(bad), String(bad)).toHaveProperty('problem');
  });
});

describe('neutralise / plainOf', () => {
  it("prefixes text a spreadsheet would run with ', and undoes it on the way back", () => {
    for (const text of ['=1+1', '+86', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralise(text)).toBe(`'${text}`);
      expect(plainOf(neutralise(text))).toEqual({ value: text });
    }
    expect(neutralise('公司=好')).toBe('公司=好');
    expect(neutralise(-5)).toBe(-5);
    expect(plainOf({ richText: [{ text: '甲' }, { text: '乙 ' }] })).toEqual({ value: '甲乙' });
    expect(plainOf({ formula: 'A1', result: 3 })).toEqual({ value: 3 });
    expect(plainOf({ text: '链接', hyperlink: 'http://x' })).toEqual({ value: '链接' });
    expect(plainOf({ error: '#N/A' })).toEqual({ problem: '单元格是错误值 #N/A' });
    expect(plainOf('   ')).toEqual({ value: null });
  });
});

describe('parseRow', () => {
  const lookups: RowLookups = {
    subParks: new Map([
      ['第1园区', ['p1']],
      ['重名园区', ['a', 'b']],
    ]),
    leadingIndustries: new Map(),
  };
  const cells = (overrides: Partial<Record<ColumnKey, ExcelJS.CellValue>>) => {
    const row = importRow({ leadingIndustryCode: null, ...overrides });
    return Object.fromEntries(COLUMNS.map((c, i) => [c.key, row[i]])) as Record<ColumnKey, ExcelJS.CellValue>;
  };

  it('defaults blank optional cells and keeps a masked phone aside for the update to resolve', () => {
    const { parsed } = parseRow(
      cells({ registeredCapitalCurrency: null, employees: null, contactPhone: '139****5678' }),
      lookups,
    );
    expect(parsed?.body).toMatchObject({
      registeredCapitalCurrency: 'CNY',
      employees: 0,
      contactPhone: null,
      subParkId: 'p1',
      status: 'inProduction',
    });
    expect(parsed?.maskedPhone).toBe('139****5678');
  });

  it('reports every problem of the row, located by column', () => {
    const { parsed, problems } = parseRow(
      cells({
        creditCode: null,
        subParkId: '重名园区',
        employees: 2_000_000,
        contactPhone: '电话',
        statusSince: null,
      }),
      lookups,
    );
    expect(parsed).toBeNull();
    expect(problems.map((p) => p.column)).toEqual([
      '统一社会信用代码*',
      '所在园区',
      '状态日期*',
      '从业人数',
      '联系电话',
    ]);
    expect(problems.find((p) => p.column === '从业人数')?.message).toBe('不能大于 1000000');
  });
});

describe('xlsxProblem', () => {
  const workbookWith = async (build: (sheet: ExcelJS.Worksheet) => void) => {
    const workbook = new ExcelJS.Workbook();
    build(workbook.addWorksheet('企业名录'));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };

  it('passes the template', async () => {
    expect(xlsxProblem(await templateWorkbook(['第1园区'], ['生物医药']))).toBeNull();
  });

  it('refuses whole-sheet data validations, too many rows, encryption and truncation', async () => {
    const validated = await workbookWith((sheet) => {
      (
        sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }
      ).dataValidations.add('A1:XFD1048576', { type: 'list', formulae: ['"a,b"'] });
    });
    expect(xlsxProblem(validated)).toContain('合并单元格与数据验证覆盖的单元格数');
    const tall = await workbookWith((sheet) => {
      for (let i = 0; i < 10_001; i++) sheet.addRow([i]);
    });
    expect(xlsxProblem(tall)).toContain('行数超过 10000');
    const encrypted = zipOf([
      { name: 'xl/workbook.xml', stored: Buffer.from('<x/>'), method: 0, declaredSize: 4 },
    ]);
    encrypted.writeUInt16LE(1, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect(xlsxProblem(encrypted)).toContain('加密');
    const good = await workbookWith((sheet) => sheet.addRow(['a']));
    expect(xlsxProblem(good.subarray(0, good.length - 30))).toBe('不是有效的 xlsx 文件');
    expect(xlsxProblem(Buffer.from('%PDF-1.7'))).toBe('不是有效的 xlsx 文件');
  });
});
