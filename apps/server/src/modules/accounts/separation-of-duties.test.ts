import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/auth/totp.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs, TEST_PASSWORD } from '../../test/factories.js';

let t: TestApp;
let sys: string;
let sec: string;
let aud: string;
beforeEach(async () => {
  t = await buildTestApp();
  await t.app.ctx.db.updateTable('security_policy').set({ require_admin_totp: 0 }).execute();
  await createUser(t.app, { username: 'sys', roleCodes: ['sysadmin'] });
  await createUser(t.app, { username: 'sec', roleCodes: ['secadmin'] });
  await createUser(t.app, { username: 'aud', roleCodes: ['auditadmin'] });
  sys = await loginAs(t.app, 'sys');
  sec = await loginAs(t.app, 'sec');
  aud = await loginAs(t.app, 'aud');
});
afterEach(async () => {
  await t.close();
});

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

describe('three separated administrators (三权分立)', () => {
  it('the system administrator manages accounts but cannot read the audit trail or grant roles', async () => {
    const created = await call(sys, 'POST', '/users', {
      username: 'newbie',
      displayName: '新人',
      departmentId: null,
      phone: null,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().initialPassword).toHaveLength(16);
    expect(created.json().user.mustChangePassword).toBe(true);
    expect((await call(sys, 'GET', '/audit-events')).statusCode).toBe(403);
    const grant = await call(sys, 'PUT', `/users/${created.json().user.id}/roles`, {
      roleCodes: ['economic'],
      scope: { kind: 'zone', subParkIds: [], enterpriseId: null },
      version: 1,
    });
    expect(grant.statusCode).toBe(403);
  });

  it('the security administrator sets roles and policy but cannot touch accounts or the audit trail', async () => {
    expect((await call(sec, 'GET', '/security-policy')).statusCode).toBe(200);
    expect(
      (
        await call(sec, 'POST', '/users', {
          username: 'x1',
          displayName: 'x',
          departmentId: null,
          phone: null,
        })
      ).statusCode,
    ).toBe(403);
    expect((await call(sec, 'GET', '/audit-events')).statusCode).toBe(403);
    expect((await call(sec, 'POST', '/files')).statusCode).toBe(403);
  });

  it('the audit administrator only reads the audit trail', async () => {
    expect((await call(aud, 'GET', '/audit-events')).statusCode).toBe(200);
    for (const [method, url] of [
      ['GET', '/users'],
      ['GET', '/roles'],
      ['GET', '/security-policy'],
      ['GET', '/sub-parks'],
    ] as const) {
      expect((await call(aud, method, url)).statusCode, url).toBe(403);
    }
  });

  it('one account may not hold two administrator duties, nor an administrator duty and a business role', async () => {
    const id = await createUser(t.app, { username: 'bob', roleCodes: ['economic'] });
    const grant = (roleCodes: string[]) =>
      call(sec, 'PUT', `/users/${id}/roles`, {
        roleCodes,
        scope: { kind: 'zone', subParkIds: [], enterpriseId: null },
        version: 1,
      });
    const two = await grant(['sysadmin', 'auditadmin']);
    expect(two.statusCode).toBe(400);
    expect(two.json().code).toBe('ADMIN_DUTY_CONFLICT');
    expect((await grant(['secadmin', 'economic'])).json().code).toBe('ADMIN_DUTY_CONFLICT');
    expect((await grant(['auditadmin'])).statusCode).toBe(200);
  });

  it('no role can be given a permission of another duty', async () => {
    const roles = (await call(sec, 'GET', '/roles')).json() as {
      id: string;
      code: string;
      version: number;
      permissions: string[];
    }[];
    const sysRole = roles.find((r) => r.code === 'sysadmin')!;
    const tryAdd = await call(sec, 'PUT', `/roles/${sysRole.id}`, {
      name: '系统管理员',
      description: '',
      permissions: [...sysRole.permissions, 'audit:read'],
      version: sysRole.version,
    });
    expect(tryAdd.statusCode).toBe(400);
    expect(tryAdd.json().code).toBe('ADMIN_DUTY_CONFLICT');
    const business = await call(sec, 'POST', '/roles', {
      code: 'snoop',
      name: '窥探',
      description: '',
      permissions: ['org:read', 'audit:read'],
    });
    expect(business.json().code).toBe('ADMIN_DUTY_CONFLICT');
    const fine = await call(sec, 'POST', '/roles', {
      code: 'viewer',
      name: '只读',
      description: '',
      permissions: ['org:read'],
    });
    expect(fine.statusCode).toBe(201);
  });

  it('a security administrator cannot change their own roles', async () => {
    const me = (await call(sec, 'GET', '/auth/me')).json();
    const self = await call(sec, 'PUT', `/users/${me.id}/roles`, {
      roleCodes: ['auditadmin'],
      scope: { kind: 'zone', subParkIds: [], enterpriseId: null },
      version: 1,
    });
    expect(self.statusCode).toBe(400);
  });
});

describe('second factor for administrators', () => {
  it('an administrator without one is held on the enrolment page until it is set up', async () => {
    await t.app.ctx.db.updateTable('security_policy').set({ require_admin_totp: 1 }).execute();
    const cookie = await loginAs(t.app, 'sys');
    expect((await call(cookie, 'GET', '/auth/me')).json().restriction).toBe('totpEnrolment');
    const blocked = await call(cookie, 'GET', '/users');
    expect(blocked.json().code).toBe('AUTH_TOTP_ENROLMENT_REQUIRED');
    const setup = (await call(cookie, 'POST', '/auth/totp/setup')).json();
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect((await call(cookie, 'POST', '/auth/totp/enable', { code: '123456' })).statusCode).toBe(400);
    const enable = await call(cookie, 'POST', '/auth/totp/enable', {
      code: currentTotp(setup.secret, t.clock.now()),
    });
    expect(enable.statusCode).toBe(204);
    expect((await call(cookie, 'GET', '/users')).statusCode).toBe(200);
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'sys', password: TEST_PASSWORD },
    });
    expect(relogin.json().code).toBe('AUTH_TOTP_REQUIRED');
  });

  it('business users are not asked for one', async () => {
    await t.app.ctx.db.updateTable('security_policy').set({ require_admin_totp: 1 }).execute();
    await createUser(t.app, { username: 'clerk', roleCodes: ['office'] });
    expect((await call(await loginAs(t.app, 'clerk'), 'GET', '/auth/me')).json().restriction).toBeNull();
  });
});
