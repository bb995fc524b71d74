import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';

let t: TestApp;
let stats: string;
let safety: string;
let sysadmin: string;
beforeAll(async () => {
  t = await buildTestApp();
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  await createUser(t.app, { username: 'safe', roleCodes: ['safety'] });
  await createUser(t.app, { username: 'sys', roleCodes: ['sysadmin'] });
  stats = await loginAs(t.app, 'stats');
  safety = await loginAs(t.app, 'safe');
  sysadmin = await loginAs(t.app, 'sys');
});
afterAll(async () => {
  await t.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const target = (overrides: object = {}) => ({
  year: 2026,
  subjectKind: 'enterprises',
  subjectCode: 'newlySettled',
  targetValue: 10,
  ownerDepartmentId: t.departmentIds.office,
  note: '全年新入驻企业10家',
  ...overrides,
});

describe('POST, PUT and DELETE /api/v1/targets', () => {
  it('sets, changes and removes a target, each change audited', async () => {
    const created = await call(stats, 'POST', '/targets', target({ year: 2027 }));
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json() as { id: string; version: number };
    expect(created.json()).toMatchObject({
      year: 2027,
      subjectCode: 'newlySettled',
      targetValue: 10,
      version: 1,
    });

    const max = 8_999_999_999_999_999;
    const changed = await call(stats, 'PUT', `/targets/${id}`, {
      targetValue: max,
      ownerDepartmentId: t.departmentIds.safety,
      note: null,
      version,
    });
    expect(changed.json()).toMatchObject({
      targetValue: max,
      ownerDepartmentId: t.departmentIds.safety,
      version: 2,
    });
    expect((await call(safety, 'GET', '/targets?year=2027')).json()).toMatchObject([
      { id, targetValue: max, note: null },
    ]);

    const stale = await call(stats, 'PUT', `/targets/${id}`, {
      targetValue: 1,
      ownerDepartmentId: t.departmentIds.office,
      note: null,
      version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await call(stats, 'DELETE', `/targets/${id}?version=1`)).statusCode).toBe(409);
    expect((await call(stats, 'DELETE', `/targets/${id}?version=2`)).statusCode).toBe(204);
    expect((await call(safety, 'GET', '/targets?year=2027')).json()).toEqual([]);
    expect((await call(stats, 'DELETE', `/targets/${id}?version=2`)).statusCode).toBe(404);

    const actions = await t.app.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['target.create', 'target.update', 'target.delete']);
  });

  it('refuses an unknown subject (400), a second target for a subject (409) and a bad owner (400)', async () => {
    for (const payload of [target({ subjectKind: 'nothing' }), target({ subjectCode: 'noSuchCount' })]) {
      const response = await call(stats, 'POST', '/targets', payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'TARGET_SUBJECT_UNKNOWN',
        message: expect.stringContaining('不存在'),
      });
    }
    expect((await call(stats, 'POST', '/targets', target())).statusCode).toBe(201);
    const duplicate = await call(stats, 'POST', '/targets', target());
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('TARGET_DUPLICATE');
    const owner = '01900000-0000-7000-8000-0000000000ff';
    expect(
      (await call(stats, 'POST', '/targets', target({ year: 2028, ownerDepartmentId: owner }))).statusCode,
    ).toBe(400);
    for (const bad of [
      { year: 1999 },
      { targetValue: -1 },
      { targetValue: 9e15 },
      { targetValue: 1.5 },
      { extra: 1 },
    ])
      expect(
        (await call(stats, 'POST', '/targets', target({ year: 2028, ...bad }))).statusCode,
        JSON.stringify(bad),
      ).toBe(400);
    expect((await call(stats, 'GET', '/targets?year=2028')).json()).toEqual([]);
    const missing = '01900000-0000-7000-8000-0000000000ee';
    const update = { targetValue: 1, ownerDepartmentId: t.departmentIds.office, note: null, version: 1 };
    expect((await call(stats, 'PUT', `/targets/${missing}`, update)).statusCode).toBe(404);
  });
});

describe('target permissions', () => {
  it('readers may not set targets, and others may not read them', async () => {
    expect((await call(safety, 'POST', '/targets', target({ year: 2029 }))).statusCode).toBe(403);
    expect((await call(sysadmin, 'GET', '/targets?year=2026')).statusCode).toBe(403);
  });

  it('an enterprise user gets 403 on every targets route', async () => {
    await createUser(t.app, {
      username: 'ent',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: '01900000-0000-7000-8000-0000000000aa' },
    });
    const enterpriseUser = await loginAs(t.app, 'ent');
    const id = '01900000-0000-7000-8000-0000000000ab';
    const update = { targetValue: 1, ownerDepartmentId: t.departmentIds.office, note: null, version: 1 };
    const routes: [Method, string, object?][] = [
      ['GET', '/target-subjects'],
      ['GET', '/targets?year=2026'],
      ['GET', '/targets/progress?year=2026&month=5'],
      ['POST', '/targets', target({ year: 2030 })],
      ['PUT', `/targets/${id}`, update],
      ['DELETE', `/targets/${id}?version=1`],
    ];
    for (const [method, url, payload] of routes)
      expect((await call(enterpriseUser, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
  });
});
