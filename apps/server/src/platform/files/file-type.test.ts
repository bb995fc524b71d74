import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFileName, detectFileType } from './file-type.js';
import { LocalDiskFileStore } from './local-disk-file-store.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function xlsxBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('指标').addRow(['企业', '产值']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function docxBytes(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('整改通知书')] }] }));
}

describe('detectFileType', () => {
  it('accepts each allowed type only when extension and bytes agree', async () => {
    const [xlsx, docx] = [await xlsxBytes(), await docxBytes()];
    expect(detectFileType('a.JPG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('image/jpeg');
    expect(detectFileType('a.jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(detectFileType('a.pdf', Buffer.from('%PDF-1.7'))).toBe('application/pdf');
    expect(detectFileType('a.xlsx', xlsx)).toBe(XLSX);
    expect(detectFileType('a.docx', docx)).toBe(DOCX);

    expect(detectFileType('a.xlsx', docx)).toBeNull();
    expect(detectFileType('a.docx', xlsx)).toBeNull();
    expect(detectFileType('a.pdf', Buffer.from([0xff, 0xd8, 0xff]))).toBeNull();
    expect(detectFileType('a.exe', Buffer.from('%PDF-1.7'))).toBeNull();
    expect(detectFileType('pdf', Buffer.from('%PDF-1.7'))).toBeNull();
    expect(detectFileType('a.png', Buffer.alloc(0))).toBeNull();
  });

  it('survives truncated and hostile zip data', async () => {
    const xlsx = await xlsxBytes();
    expect(detectFileType('a.xlsx', xlsx.subarray(0, 40))).toBeNull();
    const lying = Buffer.from(xlsx);
    lying.writeUInt16LE(0xffff, lying.length - 22 + 10); // the end record claims 65,535 entries
    expect(() => detectFileType('a.xlsx', lying)).not.toThrow();
  });
});

describe('cleanFileName', () => {
  it('drops folders, control and bidi-override characters, and keeps the extension when shortening', () => {
    expect(cleanFileName('C:\\fakepath\\报告.pdf')).toBe('报告.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanFileName('a\u0000b\r\n.png')).toBe('ab.png');
    const long = cleanFileName(`${'长'.repeat(300)}.xlsx`);
    expect(Array.from(long)).toHaveLength(255);
    expect(long.endsWith('.xlsx')).toBe(true);
  });
});

describe('LocalDiskFileStore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kfq-store-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('stores under a random fanned-out name and refuses malformed keys before touching the disk', async () => {
    const store = new LocalDiskFileStore(dir);
    const key = await store.put(Buffer.from('hello'));
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(fs.readFileSync(path.join(dir, key.slice(0, 2), key.slice(2, 4), key), 'utf8')).toBe('hello');
    const chunks: Buffer[] = [];
    for await (const chunk of await store.open(key)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('hello');
    for (const bad of ['../../etc/passwd', `${key}/..`, key.toUpperCase(), '/etc/passwd', 'f'.repeat(31)]) {
      await expect(store.open(bad)).rejects.toMatchObject({ code: 'ENOENT' });
    }
    await store.remove(key);
    await expect(store.open(key)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
