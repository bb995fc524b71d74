import { createDeflateRaw, crc32 } from 'node:zlib';
import ExcelJS, { type CellValue } from 'exceljs';
import type { KaifaquApp } from '../../app.js';
import { multipart } from '../../platform/files/files.test-support.js';
import { COLUMNS, type ColumnKey } from './enterprise-excel.js';
import { testCreditCode } from './enterprises.test-support.js';

// Helpers shared by the import and export tests (not a test file itself).

/** A complete, valid import row in column order; override the cells the test is about. */
export function importRow(overrides: Partial<Record<ColumnKey, CellValue>> = {}): CellValue[] {
  const code = testCreditCode();
  const values: Record<ColumnKey, CellValue> = {
    creditCode: code,
    name: `导入企业${code.slice(-6)}有限公司`,
    legalRepresentative: '王五',
    registeredCapitalFen: 1234.5,
    registeredCapitalCurrency: '人民币',
    establishedOn: '2019-04-01',
    settledOn: new Date(Date.UTC(2020, 5, 15)),
    subParkId: '第1园区',
    address: '创新路8号',
    industryCode: '3670',
    leadingIndustryCode: '新一代信息技术',
    ownership: '内资',
    landAreaMu: 12.5,
    employees: 80,
    contactName: '赵六',
    contactPhone: '13800001111',
    status: '投产',
    statusSince: '2022-01-10',
    ...overrides,
  };
  return COLUMNS.map((c) => values[c.key]);
}

/** An xlsx with the template's header row and the given data rows. */
export async function xlsxOf(
  rows: CellValue[][],
  headers: string[] = COLUMNS.map((c) => c.header),
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业名录');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of the first sheet of an xlsx, each as cell values from column 1. */
export async function rowsOf(content: Buffer, sheetName?: string): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer,
  );
  const sheet = sheetName ? workbook.getWorksheet(sheetName)! : workbook.worksheets[0]!;
  const rows: CellValue[][] = [];
  sheet.eachRow((row) => rows.push(COLUMNS.map((_, i) => row.getCell(i + 1).value)));
  return rows;
}

/** POST /api/v1/enterprises/import with one file part. */
export function importAs(app: KaifaquApp, cookie: string, content: Buffer, filename = '企业导入.xlsx') {
  const body = multipart([{ name: 'file', filename, content }]);
  return app.inject({
    method: 'POST',
    url: '/api/v1/enterprises/import',
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
}

/** `bytes` zeros deflated by streaming, so the test never holds them uncompressed. */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < bytes; written += zeros.length) {
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/** One entry of a hand-built zip: its stored bytes and the sizes its headers declare. */
export interface ZipEntry {
  name: string;
  stored: Buffer;
  method: 0 | 8;
  declaredSize: number;
  crc?: number;
}

/** A zip archive written field by field, so tests can make it lie about sizes. */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const crc = e.crc ?? (e.method === 0 ? crc32(e.stored) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.stored.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.stored);
    centrals.push(central, name);
    offset += 30 + name.length + e.stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
