import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs, TEST_PASSWORD } from '../../test/factories.js';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
  // Administrators here act without a second factor; that rule has its own tests.
  await t.app.ctx.db.updateTable('security_policy').set({ require_admin_totp: 0 }).execute();
});
afterEach(async () => {
  await t.close();
});

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });

describe('sessions', () => {
  it('end after 30 idle minutes', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    const cookie = await loginAs(t.app, 'alice');
    t.clock.advanceMinutes(29);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advanceMinutes(29);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    const expired = await me(cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('UNAUTHENTICATED');
  });

  it('end after 12 hours however active', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    const cookie = await loginAs(t.app, 'alice');
    for (let i = 0; i < 28; i++) {
      t.clock.advanceMinutes(25); // never idle for 30 minutes; 700 minutes in all
      expect((await me(cookie)).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(25); // 725 minutes > 12 hours
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('end at logout', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    const cookie = await loginAs(t.app, 'alice');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode,
    ).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('are rotated at login: the old token stops working', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    const first = await loginAs(t.app, 'alice');
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: first },
      payload: { username: 'alice', password: TEST_PASSWORD },
    });
    expect(second.statusCode).toBe(200);
    expect((await me(first)).statusCode).toBe(401);
  });

  it('of a user end when the security administrator changes their roles', async () => {
    const aliceId = await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    await createUser(t.app, { username: 'sec', roleCodes: ['secadmin'] });
    const alice = await loginAs(t.app, 'alice');
    const sec = await loginAs(t.app, 'sec');
    const user = (
      await t.app.inject({ method: 'GET', url: `/api/v1/users/${aliceId}`, headers: { cookie: sec } })
    ).json();
    const change = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${aliceId}/roles`,
      headers: { cookie: sec },
      payload: {
        roleCodes: ['safety'],
        scope: { kind: 'zone', subParkIds: [], enterpriseId: null },
        version: user.version,
      },
    });
    expect(change.statusCode).toBe(200);
    expect((await me(alice)).statusCode).toBe(401);
    const again = await loginAs(t.app, 'alice');
    expect((await me(again)).json().roles).toEqual([{ code: 'safety', name: '安全环保科' }]);
  });

  it('of a user end when the system administrator disables the account', async () => {
    const aliceId = await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    await createUser(t.app, { username: 'sys', roleCodes: ['sysadmin'] });
    const alice = await loginAs(t.app, 'alice');
    const sys = await loginAs(t.app, 'sys');
    const disable = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${aliceId}/disable`,
      headers: { cookie: sys },
      payload: { version: 1 },
    });
    expect(disable.statusCode).toBe(200);
    expect((await me(alice)).statusCode).toBe(401);
  });
});

describe('POST /api/v1/auth/password', () => {
  it('restricts a must-change session to the password page, then lifts it', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'], mustChangePassword: true });
    const cookie = await loginAs(t.app, 'alice');
    expect((await me(cookie)).json().restriction).toBe('passwordChange');
    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/sub-parks', headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('AUTH_PASSWORD_CHANGE_REQUIRED');
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Brand-New#Pass7' },
    });
    expect(change.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401); // every session ended…
    const rotated = `kfq_session=${change.cookies.find((c) => c.name === 'kfq_session')!.value}`;
    expect((await me(rotated)).json().restriction).toBeNull(); // …and the caller got a fresh one
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/sub-parks', headers: { cookie: rotated } }))
        .statusCode,
    ).toBe(200);
  });

  it('lists every broken rule of the policy', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    const cookie = await loginAs(t.app, 'alice');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'alice' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('PASSWORD_POLICY_VIOLATION');
    const messages = response.json().details.map((d: { message: string }) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '密码长度不能少于 8 位',
        '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类',
        '密码不能包含用户名',
      ]),
    );
  });

  it('refuses a common password and the last three passwords', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    let cookie = await loginAs(t.app, 'alice');
    const change = async (currentPassword: string, newPassword: string) => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { cookie },
        payload: { currentPassword, newPassword },
      });
      if (r.statusCode === 204)
        cookie = `kfq_session=${r.cookies.find((c) => c.name === 'kfq_session')!.value}`;
      t.clock.advanceMinutes(1);
      return r;
    };
    expect((await change(TEST_PASSWORD, 'P@ssw0rd')).json().details[0].message).toBe(
      '该密码过于常见,请换一个',
    );
    expect((await change(TEST_PASSWORD, 'First#Pass001')).statusCode).toBe(204);
    expect((await change('First#Pass001', 'Second#Pass002')).statusCode).toBe(204);
    expect((await change('Second#Pass002', 'Third#Pass003')).statusCode).toBe(204);
    const reuse = await change('Third#Pass003', 'First#Pass001');
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().details[0].message).toContain('最近 3 次');
    expect((await change('Third#Pass003', TEST_PASSWORD)).statusCode).toBe(204); // four changes ago: allowed
  });

  it('forces a change when the password is older than 90 days', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    await t.app.ctx.db.updateTable('users').set({ last_login_at: t.clock.now().toISOString() }).execute();
    t.clock.advanceMinutes(89 * 24 * 60);
    await loginAs(t.app, 'alice'); // keeps the account in use
    t.clock.advanceMinutes(2 * 24 * 60);
    expect((await me(await loginAs(t.app, 'alice'))).json().restriction).toBe('passwordChange');
  });
});
