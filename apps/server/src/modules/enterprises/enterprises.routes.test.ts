import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';
import { enterpriseBody, registerEnterprise, testCreditCode } from './enterprises.test-support.js';

let t: TestApp;
let staff: string;
beforeAll(async () => {
  t = await buildTestApp();
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  staff = await loginAs(t.app, 'stats');
});
afterAll(async () => {
  await t.close();
});

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
const count = async () =>
  Number(
    (
      await t.app.ctx.db
        .selectFrom('enterprises')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /api/v1/enterprises', () => {
  it('registers an enterprise with its industry path and first lifecycle entry; nulls stay null', async () => {
    const body = enterpriseBody({ subParkId: t.subParkIds[0], industryCode: '2761', landAreaMu: '35.5' });
    const response = await call(staff, 'POST', '/enterprises', body);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      creditCode: body.creditCode,
      status: 'signed',
      landAreaMu: '35.50',
      leadingIndustryCode: null,
      liaisonUserId: null,
      industry: { classCode: '2761', divisionCode: '27', sectionCode: 'C', sectionName: '制造业' },
    });
    const history = (await call(staff, 'GET', `/enterprises/${created.id}/history`)).json();
    expect(history.statuses).toMatchObject([{ status: 'signed', effectiveOn: body.statusSince }]);
  });

  it('refuses a wrong check character, a duplicate code and an unknown industry, writing nothing', async () => {
    const before = await count();
    const bad = testCreditCode();
    const wrongCheck = bad.slice(0, 17) + (bad[17] === '0' ? '1' : '0');
    expect(
      (await call(staff, 'POST', '/enterprises', enterpriseBody({ creditCode: wrongCheck }))).statusCode,
    ).toBe(400);
    const code = testCreditCode();
    await registerEnterprise(t.app, staff, { creditCode: code });
    const duplicate = await call(staff, 'POST', '/enterprises', enterpriseBody({ creditCode: code }));
    expect(duplicate.statusCode).toBe(409);
    const industry = await call(staff, 'POST', '/enterprises', enterpriseBody({ industryCode: '9999' }));
    expect(industry.statusCode).toBe(400);
    expect(industry.json().message).toContain('GB/T 4754');
    expect(await count()).toBe(before + 1);
  });

  it('rejects unknown properties such as status fields set by mass assignment', async () => {
    const response = await call(staff, 'POST', '/enterprises', {
      ...enterpriseBody(),
      version: 9,
      createdBy: 'x',
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('PUT /api/v1/enterprises/:id', () => {
  it('keeps who changed which field from what to what, and refuses a stale version', async () => {
    const id = await registerEnterprise(t.app, staff);
    const current = (await call(staff, 'GET', `/enterprises/${id}`)).json();
    const {
      id: _i,
      creditCode: _c,
      industry: _d,
      status: _s,
      statusSince: _ss,
      version,
      createdAt: _ca,
      updatedAt: _u,
      ...profile
    } = current;
    const updated = await call(staff, 'PUT', `/enterprises/${id}`, {
      ...profile,
      employees: 150,
      name: '新名称有限公司',
      version,
    });
    expect(updated.statusCode).toBe(200);
    const history = (await call(staff, 'GET', `/enterprises/${id}/history`)).json();
    expect(
      history.changes
        .map((c: { field: string; oldValue: string; newValue: string; changedBy: string }) => [
          c.field,
          c.oldValue,
          c.newValue,
          c.changedBy,
        ])
        .sort(),
    ).toEqual([
      ['employees', '120', '150', 'stats'],
      ['name', current.name, '新名称有限公司', 'stats'],
    ]);
    const stale = await call(staff, 'PUT', `/enterprises/${id}`, { ...profile, employees: 1, version });
    expect(stale.statusCode).toBe(409);
  });
});

describe('POST /api/v1/enterprises/:id/status', () => {
  it('follows the lifecycle and answers 409 to an illegal move', async () => {
    const id = await registerEnterprise(t.app, staff, { statusSince: '2025-01-01' });
    const move = async (status: string, effectiveOn: string) => {
      const version = (await call(staff, 'GET', `/enterprises/${id}`)).json().version;
      return call(staff, 'POST', `/enterprises/${id}/status`, { status, effectiveOn, note: '', version });
    };
    expect((await move('underConstruction', '2025-03-01')).statusCode).toBe(200);
    expect((await move('signed', '2025-04-01')).statusCode).toBe(409);
    expect((await move('inProduction', '2025-02-01')).statusCode).toBe(400); // before the current status date
    expect((await move('inProduction', '2099-01-01')).statusCode).toBe(400); // in the future
    expect((await move('inProduction', '2025-09-01')).statusCode).toBe(200);
    expect((await move('deregistered', '2025-12-01')).statusCode).toBe(200);
    const stuck = await move('inProduction', '2025-12-02');
    expect(stuck.statusCode).toBe(409);
    expect(stuck.json().code).toBe('INVALID_TRANSITION');
  });
});

describe('GET /api/v1/enterprises', () => {
  it('filters by keyword, sub-park, 门类/大类, status and qualification, and sorts from an allowlist', async () => {
    const id = await registerEnterprise(t.app, staff, {
      name: '星河酒业有限公司',
      subParkId: t.subParkIds[2],
      industryCode: '1511',
    });
    await call(staff, 'POST', `/enterprises/${id}/qualifications`, {
      kind: 'highTech',
      year: null,
      certificateNo: 'GR2024',
      validFrom: '2024-01-01',
      validTo: '2026-12-31',
      board: null,
    });
    const list = async (q: string) => (await call(staff, 'GET', `/enterprises?${q}`)).json();
    expect((await list('keyword=星河')).items.map((e: { id: string }) => e.id)).toEqual([id]);
    expect((await list(`subParkId=${t.subParkIds[2]}`)).total).toBe(1);
    expect((await list('division=15')).items.map((e: { id: string }) => e.id)).toEqual([id]);
    expect((await list('section=C&qualification=highTech')).items.map((e: { id: string }) => e.id)).toEqual([
      id,
    ]);
    expect((await list('status=signed&sort=employees&order=desc')).total).toBeGreaterThan(0);
    expect((await call(staff, 'GET', '/enterprises?sort=credit_code;drop table users')).statusCode).toBe(400);
    expect((await list('keyword=%25')).total).toBe(0); // a LIKE wildcard is matched literally
  });

  it('masks contact phones in lists but not on the record', async () => {
    const id = await registerEnterprise(t.app, staff, { name: '手机测试有限公司' });
    const listed = (await call(staff, 'GET', '/enterprises?keyword=手机测试')).json().items[0];
    expect(listed.contactPhone).toBe('139****5678');
    expect((await call(staff, 'GET', `/enterprises/${id}`)).json().contactPhone).toBe('13912345678');
  });
});
