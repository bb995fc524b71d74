import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { COLUMNS, HEADERS } from './enterprise-excel.js';
import { importAs, rowsOf } from './enterprise-import.test-support.js';
import { registerEnterprise } from './enterprises.test-support.js';

let t: TestApp;
let staff: string;
let staffId: string;
beforeEach(async () => {
  t = await buildTestApp();
  staffId = await createUser(t.app, {
    username: 'stats',
    roleCodes: ['economic'],
    departmentId: t.departmentIds.office,
  });
  staff = await loginAs(t.app, 'stats');
});
afterEach(async () => {
  await t.close();
});

const exportAs = (cookie: string, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/enterprises/export${query}`, headers: { cookie } });
const column = (key: (typeof COLUMNS)[number]['key']) => COLUMNS.findIndex((c) => c.key === key);

describe('GET /api/v1/enterprises/export', () => {
  it("contains only the caller's sub-parks, neutralises formulas, masks phones, and is audited", async () => {
    await registerEnterprise(t.app, staff, {
      subParkId: t.subParkIds[0],
      name: '=HYPERLINK("http://evil","点我")',
      registeredCapitalFen: 123_456_789,
    });
    await registerEnterprise(t.app, staff, {
      subParkId: t.subParkIds[0],
      name: '甲公司',
      address: '@SUM(1)',
      contactPhone: '13912345678',
      tags: ['重点企业'],
      liaisonUserId: staffId,
    });
    await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[1], name: '别园区公司' });
    await createUser(t.app, {
      username: 'park1',
      roleCodes: ['economic'],
      scope: { kind: 'subParks', subParkIds: [t.subParkIds[0]] },
    });
    const park1 = await loginAs(t.app, 'park1');

    const response = await exportAs(park1);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''%E4%BC%81/,
    );
    const [header, ...rows] = await rowsOf(response.rawPayload);
    expect(header).toEqual(COLUMNS.map((c) => c.header));
    expect(rows.map((r) => r[column('name')]).sort()).toEqual(
      [`'=HYPERLINK("http://evil","点我")`, '甲公司'].sort(),
    );
    const formula = rows.find((r) => String(r[column('name')]).startsWith("'="))!;
    expect(formula[column('registeredCapitalFen')]).toBe(123.456789);
    expect(formula[column('subParkId')]).toBe('第1园区');
    const plain = rows.find((r) => r[column('name')] === '甲公司')!;
    expect(plain[column('address')]).toBe("'@SUM(1)");
    expect(plain[column('contactPhone')]).toBe('139****5678');
    expect(plain[column('status')]).toBe('签约');

    const audit = await t.app.ctx.db
      .selectFrom('audit_events')
      .select(['username', 'result', 'detail'])
      .where('action', '=', 'enterprise.export')
      .execute();
    expect(audit).toEqual([
      { username: 'park1', result: 'success', detail: expect.stringContaining('"rows":2') },
    ]);

    // The exported file imports back unchanged: neutralised text and masked phones round-trip, and
    // what the file has no column for (tags, liaison and its department) is kept.
    const back = await importAs(t.app, park1, response.rawPayload);
    expect(back.json()).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const kept = await t.app.ctx.db
      .selectFrom('enterprises')
      .select(['tags', 'liaison_user_id', 'department_id', 'contact_phone'])
      .where('name', '=', '甲公司')
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({
      tags: '["重点企业"]',
      liaison_user_id: staffId,
      department_id: t.departmentIds.office,
      contact_phone: '13912345678',
    });
  });

  it('applies the list filters and sort', async () => {
    await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[0], name: '乙', employees: 5 });
    await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[0], name: '甲', employees: 50 });
    await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[1], name: '丙', employees: 500 });
    const rows = async (query: string) =>
      (await rowsOf((await exportAs(staff, query)).rawPayload)).slice(1).map((r) => r[column('name')]);
    expect(await rows(`?subParkId=${t.subParkIds[0]}&sort=employees&order=desc`)).toEqual(['甲', '乙']);
    expect(await rows('?keyword=丙')).toEqual(['丙']);
    expect((await exportAs(staff, '?page=2')).statusCode).toBe(400);
  });

  it('a masked phone that does not match the one on file is refused on import', async () => {
    await registerEnterprise(t.app, staff, { contactPhone: '13912345678' });
    const exported = (await exportAs(staff)).rawPayload;
    await t.app.ctx.db.updateTable('enterprises').set({ contact_phone: '13700000000' }).execute();
    const response = await importAs(t.app, staff, exported);
    expect(response.json().problems).toEqual([
      { row: 2, column: HEADERS.contactPhone, message: '脱敏号码与登记的号码不符,请填写完整号码' },
    ]);
  });
});
