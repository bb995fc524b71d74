import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';

let t: TestApp;
let sys: string;
beforeEach(async () => {
  t = await buildTestApp();
  await t.app.ctx.db.updateTable('security_policy').set({ require_admin_totp: 0 }).execute();
  await createUser(t.app, { username: 'sys', roleCodes: ['sysadmin'] });
  sys = await loginAs(t.app, 'sys');
});
afterEach(async () => {
  await t.close();
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: sys }, ...(payload ? { payload } : {}) });

describe('accounts', () => {
  it('a new account signs in with its one-time password and must change it first', async () => {
    const created = (
      await call('POST', '/users', {
        username: 'Clerk01',
        displayName: '办事员',
        departmentId: t.departmentIds.office,
        phone: '13912345678',
      })
    ).json();
    expect(created.user.username).toBe('clerk01');
    expect(created.user.phone).toBe('139****5678');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'clerk01', password: created.initialPassword },
    });
    expect(login.json().restriction).toBe('passwordChange');
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const id = await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    const first = await call('PUT', `/users/${id}`, {
      displayName: '爱丽丝',
      departmentId: null,
      phone: null,
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await call('PUT', `/users/${id}`, {
      displayName: '覆盖',
      departmentId: null,
      phone: null,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await call('GET', `/users/${id}`)).json().displayName).toBe('爱丽丝');
  });

  it('refuses a duplicate username and an unknown department', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    expect(
      (await call('POST', '/users', { username: 'alice', displayName: 'a', departmentId: null, phone: null }))
        .statusCode,
    ).toBe(409);
    const badDept = await call('POST', '/users', {
      username: 'bob',
      displayName: 'b',
      departmentId: '01900000-0000-7000-8000-000000000000',
      phone: null,
    });
    expect(badDept.statusCode).toBe(400);
    expect(
      (await t.app.ctx.db.selectFrom('users').select('id').where('username', '=', 'bob').execute()).length,
    ).toBe(0);
  });

  it('answers 404 for an unknown account id', async () => {
    expect((await call('GET', '/users/01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('lists with keyword, status and role filters', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    await createUser(t.app, { username: 'bob', roleCodes: ['safety'], status: 'disabled' });
    expect(
      (await call('GET', '/users?keyword=ALI')).json().items.map((u: { username: string }) => u.username),
    ).toEqual(['alice']);
    expect((await call('GET', '/users?status=disabled')).json().total).toBe(1);
    expect((await call('GET', '/users?roleCode=safety')).json().items[0].username).toBe('bob');
    expect((await call('GET', '/users?pageSize=1&page=2')).json()).toMatchObject({
      total: 3,
      items: [{ username: 'bob' }],
    });
  });
});
