import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';

let t: TestApp;
let stats: string;
let safety: string;
let enterpriseUser: string;
beforeAll(async () => {
  t = await buildTestApp();
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  await createUser(t.app, { username: 'safe', roleCodes: ['safety'] });
  await createUser(t.app, {
    username: 'ent',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: '01900000-0000-7000-8000-0000000000aa' },
  });
  stats = await loginAs(t.app, 'stats');
  safety = await loginAs(t.app, 'safe');
  enterpriseUser = await loginAs(t.app, 'ent');
});
afterAll(async () => {
  await t.close();
});

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const body = (overrides: object = {}) => ({
  code: 'newProducts',
  scale: 6,
  name: '新产品产值',
  unit: '万元',
  kind: 'flow',
  reporter: 'enterprise',
  enterpriseCategory: 'aboveScaleIndustry',
  frequency: 'monthly',
  leadDepartmentId: null,
  cooperatingDepartmentIds: [],
  alarmGrowthBp: 500,
  excellenceGrowthBp: 2000,
  sortOrder: 500,
  ...overrides,
});

describe('GET /api/v1/indicators', () => {
  it('lists the seeded standard set in order, for staff and enterprises alike', async () => {
    const list = (await call(safety, 'GET', '/indicators')).json();
    expect(list.slice(0, 3).map((i: { code: string }) => i.code)).toEqual([
      'grossOutput',
      'valueAdded',
      'revenue',
    ]);
    expect(list.find((i: { code: string }) => i.code === 'employees')).toMatchObject({
      kind: 'stock',
      unit: '人',
      scale: 0,
    });
    expect(list.find((i: { code: string }) => i.code === 'actualForeignInvestment')).toMatchObject({
      reporter: 'department',
      unit: '万美元',
    });
    expect((await call(enterpriseUser, 'GET', '/indicators')).statusCode).toBe(200);
  });
});

describe('POST and PUT /api/v1/indicators', () => {
  it('statistics staff add and edit indicators; others may not', async () => {
    expect((await call(safety, 'POST', '/indicators', body())).statusCode).toBe(403);
    const created = await call(
      stats,
      'POST',
      '/indicators',
      body({ leadDepartmentId: t.departmentIds.office, cooperatingDepartmentIds: [t.departmentIds.safety] }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'newProducts',
      leadDepartmentId: t.departmentIds.office,
      status: 'active',
    });
    expect((await call(stats, 'POST', '/indicators', body())).statusCode).toBe(409);
    const { id, code: _c, scale: _s, updatedAt: _u, ...rest } = created.json();
    const archived = await call(stats, 'PUT', `/indicators/${id}`, { ...rest, status: 'archived' });
    expect(archived.json()).toMatchObject({ status: 'archived', version: 2 });
    expect((await call(stats, 'PUT', `/indicators/${id}`, { ...rest, status: 'active' })).statusCode).toBe(
      409,
    );
  });

  it('refuses incoherent metadata and changes nothing', async () => {
    const before = (await call(stats, 'GET', '/indicators')).json().length;
    const cases = [
      body({ code: 'a1', reporter: 'enterprise', enterpriseCategory: null }),
      body({ code: 'a2', reporter: 'department' }),
      body({ code: 'a3', alarmGrowthBp: 3000, excellenceGrowthBp: 1000 }),
      body({ code: 'a4', leadDepartmentId: '01900000-0000-7000-8000-0000000000ff' }),
      body({
        code: 'a5',
        leadDepartmentId: t.departmentIds.office,
        cooperatingDepartmentIds: [t.departmentIds.office],
      }),
      body({ code: 'a6', scale: 9 }),
      body({ code: 'Bad code' }),
    ];
    for (const payload of cases)
      expect((await call(stats, 'POST', '/indicators', payload)).statusCode, JSON.stringify(payload)).toBe(
        400,
      );
    expect((await call(stats, 'GET', '/indicators')).json().length).toBe(before);
  });
});
