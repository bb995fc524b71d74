import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { COLUMNS, HEADERS } from './enterprise-excel.js';
import {
  deflatedZeros,
  importAs,
  importRow,
  rowsOf,
  xlsxOf,
  zipOf,
} from './enterprise-import.test-support.js';
import { registerEnterprise, testCreditCode } from './enterprises.test-support.js';
import { insertLeadingIndustries } from './leading-industries.repository.js';

let t: TestApp;
let staff: string;
beforeEach(async () => {
  t = await buildTestApp();
  await insertLeadingIndustries(t.app.ctx.db, [
    { code: 'ICT', name: '新一代信息技术', sort_order: 1 },
    { code: 'BIO', name: '生物医药', sort_order: 2 },
  ]);
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  staff = await loginAs(t.app, 'stats');
});
afterEach(async () => {
  await t.close();
});

const db = () => t.app.ctx.db;
const count = async () =>
  Number(
    (
      await db()
        .selectFrom('enterprises')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const byCode = (code: string) =>
  db().selectFrom('enterprises').selectAll().where('credit_code', '=', code).executeTakeFirstOrThrow();

describe('GET /api/v1/enterprises/import-template', () => {
  it('offers the layout, an example, the 说明 sheet with current names, and imports back once a row is filled', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises/import-template',
      headers: { cookie: staff },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''%E4%BC%81%E4%B8%9A");
    const template = response.rawPayload;
    const [header, example] = await rowsOf(template);
    expect(header).toEqual(COLUMNS.map((c) => c.header));
    expect(example![1]).toBe('示例科技有限公司');
    const help = (await rowsOf(template, '说明')).map((r) => r[0]);
    expect(help).toEqual(
      expect.arrayContaining(['第1园区', '第3园区', '新一代信息技术', '生物医药', '统一社会信用代码*']),
    );

    // The person keeps the example row and fills row 3: the example is skipped.
    const filled = await xlsxOf([example!, importRow({ name: '模板填写有限公司' })]);
    const imported = await importAs(t.app, staff, filled);
    expect(imported.json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await db().selectFrom('enterprises').select('name').execute()).map((e) => e.name)).toEqual([
      '模板填写有限公司',
    ]);
  });
});

describe('POST /api/v1/enterprises/import', () => {
  it('lists exactly the bad rows and columns and changes nothing', async () => {
    await registerEnterprise(t.app, staff);
    const before = await count();
    const wrongCheck = (() => {
      const c = testCreditCode();
      return c.slice(0, 17) + (c[17] === '0' ? '1' : '0');
    })();
    const file = await xlsxOf([
      importRow(),
      importRow({ creditCode: wrongCheck }),
      importRow(),
      importRow({ subParkId: '不存在园区', establishedOn: '2021-02-30' }),
      importRow(),
    ]);
    const response = await importAs(t.app, staff, file);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ code: 'IMPORT_INVALID', message: '导入文件有 3 处错误,未导入任何数据' });
    expect(body.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [3, HEADERS.creditCode],
      [5, HEADERS.establishedOn],
      [5, HEADERS.subParkId],
    ]);
    expect(await count()).toBe(before);
    const audit = await db()
      .selectFrom('audit_events')
      .select(['result'])
      .where('action', '=', 'enterprise.import')
      .execute();
    expect(audit).toEqual([{ result: 'failure' }]);
  });

  it('refuses duplicates in the file, non-小类 codes, over-long text and a status change of a registered enterprise', async () => {
    const code = testCreditCode();
    await importAs(t.app, staff, await xlsxOf([importRow({ creditCode: code, status: '在建' })]));
    const dup = testCreditCode();
    const response = await importAs(
      t.app,
      staff,
      await xlsxOf([
        importRow({ creditCode: dup }),
        importRow({ creditCode: dup }),
        importRow({ industryCode: '36' }),
        importRow({ name: '长'.repeat(101), ownership: '国企' }),
        importRow({ creditCode: code, status: '投产' }),
        importRow({ industryCode: 111 }), // a number cell lost the leading zero of 0111: read back as 0111
      ]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      { row: 3, column: HEADERS.creditCode, message: '与第 2 行重复' },
      { row: 4, column: HEADERS.industryCode, message: '"36" 不是 GB/T 4754-2017 的小类代码' },
      { row: 5, column: HEADERS.name, message: '不能超过 100 个字符' },
      { row: 5, column: HEADERS.ownership, message: '应为 内资/外资/港澳台 之一' },
      { row: 6, column: HEADERS.status, message: expect.stringContaining('请使用"状态变更"') },
    ]);
    expect((await byCode(code)).status).toBe('underConstruction');
  });

  it('imports a file once: the same file again is all unchanged, a changed cell updates with history', async () => {
    const rows = [
      importRow(),
      importRow({ registeredCapitalFen: '0.000001', subParkId: null, leadingIndustryCode: null }),
      importRow(),
    ];
    const first = await importAs(t.app, staff, await xlsxOf(rows));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const created = await byCode(String(rows[0]![0]));
    expect(created).toMatchObject({
      registered_capital_fen: 1_234_500_000,
      settled_on: '2020-06-15',
      sub_park_id: t.subParkIds[0],
      leading_industry_code: 'ICT',
      land_area_centimu: 1250,
    });
    expect(Number((await byCode(String(rows[1]![0]))).registered_capital_fen)).toBe(1);
    const lifecycle = await db()
      .selectFrom('enterprise_status_history')
      .select(['status', 'effective_on'])
      .where('enterprise_id', '=', created.id)
      .execute();
    expect(lifecycle).toEqual([{ status: 'inProduction', effective_on: '2022-01-10' }]);

    const again = await importAs(t.app, staff, await xlsxOf(rows));
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await count()).toBe(3);

    rows[2]![COLUMNS.findIndex((c) => c.key === 'employees')] = 95;
    const changed = await importAs(t.app, staff, await xlsxOf(rows));
    expect(changed.json()).toEqual({ created: 0, updated: 1, unchanged: 2 });
    const updated = await byCode(String(rows[2]![0]));
    expect(updated).toMatchObject({ employees: 95, version: 2 });
    const history = await db()
      .selectFrom('enterprise_changes')
      .select(['field', 'old_value', 'new_value'])
      .where('enterprise_id', '=', updated.id)
      .execute();
    expect(history).toEqual([{ field: 'employees', old_value: '80', new_value: '95' }]);
    const audits = await db()
      .selectFrom('audit_events')
      .select(['result', 'detail'])
      .where('action', '=', 'enterprise.import')
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => [a.result, JSON.parse(a.detail).updated])).toEqual([
      ['success', 0],
      ['success', 0],
      ['success', 1],
    ]);
  });

  it("refuses a credit code registered outside the importer's sub-parks and leaves that enterprise alone", async () => {
    const foreign = testCreditCode();
    await importAs(
      t.app,
      staff,
      await xlsxOf([importRow({ creditCode: foreign, subParkId: '第2园区', name: '别处企业' })]),
    );
    await createUser(t.app, {
      username: 'park1',
      roleCodes: ['economic'],
      scope: { kind: 'subParks', subParkIds: [t.subParkIds[0]] },
    });
    const park1 = await loginAs(t.app, 'park1');
    const response = await importAs(
      t.app,
      park1,
      await xlsxOf([
        importRow(),
        importRow({ creditCode: foreign, name: '覆盖企业' }),
        importRow({ subParkId: '第3园区' }),
      ]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      { row: 3, column: HEADERS.creditCode, message: '该统一社会信用代码已被登记,且不在您的数据范围内' },
      { row: 4, column: HEADERS.subParkId, message: '只能导入您数据范围内的企业' },
    ]);
    expect(await byCode(foreign)).toMatchObject({
      name: '别处企业',
      sub_park_id: t.subParkIds[1],
      version: 1,
    });
    expect(await count()).toBe(1);
  });

  it('refuses zip bombs within seconds, before exceljs reads them', async () => {
    const zeros = 200 * 1024 * 1024;
    const stored = await deflatedZeros(zeros);
    const honest = zipOf([{ name: 'xl/worksheets/sheet1.xml', stored, method: 8, declaredSize: zeros }]);
    const lying = zipOf([{ name: 'xl/worksheets/sheet1.xml', stored, method: 8, declaredSize: 4096 }]);
    const fortyMb = 40 * 1024 * 1024;
    const dense = zipOf([
      {
        name: 'xl/worksheets/sheet1.xml',
        stored: await deflatedZeros(fortyMb),
        method: 8,
        declaredSize: fortyMb,
      },
    ]);
    for (const [bomb, reason] of [
      [honest, '超过 50 MB'],
      [lying, '已损坏'],
      [dense, '压缩比'],
    ] as const) {
      const started = Date.now();
      const response = await importAs(t.app, staff, bomb);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'IMPORT_FILE_INVALID',
        message: expect.stringContaining(reason),
      });
    }
    expect(await count()).toBe(0);
  });

  it('refuses non-xlsx content, more than 5,000 rows and uploads over 10 MB', async () => {
    const pdf = await importAs(t.app, staff, Buffer.from('%PDF-1.7 not a workbook'), '企业.xlsx');
    expect(pdf.json()).toMatchObject({
      code: 'IMPORT_FILE_INVALID',
      message: '请上传 .xlsx 格式的 Excel 文件',
    });
    const many = await importAs(
      t.app,
      staff,
      await xlsxOf(Array.from({ length: 5_001 }, () => [testCreditCode(), '企业'])),
    );
    expect(many.json()).toMatchObject({
      code: 'IMPORT_FILE_INVALID',
      message: '数据行超过 5000 行,请分批导入',
    });
    const missing = await importAs(
      t.app,
      staff,
      await xlsxOf(
        [importRow()],
        COLUMNS.slice(0, -1).map((c) => c.header),
      ),
    );
    expect(missing.json().problems).toEqual([
      { row: 1, column: HEADERS.statusSince, message: '缺少该列,请使用导入模板' },
    ]);
    const huge = await importAs(t.app, staff, Buffer.alloc(11 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);
    expect(await count()).toBe(0);
  });
});

describe('enterprise users', () => {
  it('get 403 on the template, the import and the export', async () => {
    const id = await registerEnterprise(t.app, staff);
    await createUser(t.app, {
      username: 'ent',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: id },
    });
    const ent = await loginAs(t.app, 'ent');
    const get = (url: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: ent } });
    expect((await get('/enterprises/import-template')).statusCode).toBe(403);
    expect((await get('/enterprises/export')).statusCode).toBe(403);
    expect((await importAs(t.app, ent, await xlsxOf([importRow()]))).statusCode).toBe(403);
    expect(await count()).toBe(1);
  });
});
