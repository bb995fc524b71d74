import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/auth/totp.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs, TEST_PASSWORD } from '../../test/factories.js';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

const login = (username: string, password: string, extra: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password, ...extra } });

describe('POST /api/v1/auth/login', () => {
  it('signs in with the right password and sets an HttpOnly SameSite session cookie', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    const response = await login('alice', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      username: 'alice',
      restriction: null,
      roles: [{ code: 'economic' }],
    });
    const cookie = response.cookies.find((c) => c.name === 'kfq_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.value.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    const unknown = await login('nobody', TEST_PASSWORD);
    const wrong = await login('alice', 'Wrong#Pass2026');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('locks after 5 failures in 15 minutes: the 6th attempt fails even with the right password', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    for (let i = 0; i < 5; i++) {
      t.clock.advanceMinutes(2);
      expect((await login('alice', 'Wrong#Pass2026')).statusCode).toBe(401);
    }
    const sixth = await login('alice', TEST_PASSWORD);
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json()).toMatchObject({ code: 'AUTH_ACCOUNT_LOCKED' });
    expect(sixth.json().message).toContain('30 分钟');
    t.clock.advanceMinutes(29);
    expect((await login('alice', TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advanceMinutes(2);
    expect((await login('alice', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('does not lock when the failures are spread over more than 15 minutes', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    for (let i = 0; i < 5; i++) {
      await login('alice', 'Wrong#Pass2026');
      t.clock.advanceMinutes(4);
    }
    expect((await login('alice', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('locks unknown usernames the same way, revealing nothing about who exists', async () => {
    for (let i = 0; i < 5; i++) await login('ghost', 'Wrong#Pass2026');
    expect((await login('ghost', 'Wrong#Pass2026')).statusCode).toBe(423);
  });

  it('refuses a disabled account', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'], status: 'disabled' });
    const response = await login('alice', TEST_PASSWORD);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('AUTH_ACCOUNT_DISABLED');
  });

  it('disables an account unused for more than 90 days at its next login', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    t.clock.advanceMinutes(91 * 24 * 60);
    expect((await login('alice', TEST_PASSWORD)).json().code).toBe('AUTH_ACCOUNT_DISABLED');
    const row = await t.app.ctx.db
      .selectFrom('users')
      .select('status')
      .where('username', '=', 'alice')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('disabled');
  });

  it('asks for the second factor when the account has one, and checks it', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await createUser(t.app, { username: 'sec', roleCodes: ['secadmin'], totpSecret: secret });
    expect((await login('sec', TEST_PASSWORD)).json().code).toBe('AUTH_TOTP_REQUIRED');
    expect((await login('sec', TEST_PASSWORD, { totpCode: '000000' })).json().code).toBe('AUTH_TOTP_INVALID');
    const ok = await login('sec', TEST_PASSWORD, { totpCode: currentTotp(secret, t.clock.now()) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().restriction).toBeNull();
  });

  it('rejects unknown properties in the body', async () => {
    const response = await login('alice', TEST_PASSWORD, { role: 'sysadmin' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
  });

  it('writes an audit row for a success and for a failure', async () => {
    await createUser(t.app, { username: 'alice', roleCodes: ['economic'] });
    await login('alice', 'Wrong#Pass2026');
    await loginAs(t.app, 'alice');
    const rows = await t.app.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'result', 'username'])
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      { action: 'auth.login', result: 'failure', username: 'alice' },
      { action: 'auth.login', result: 'success', username: 'alice' },
    ]);
  });
});

describe('login rate limit per IP', () => {
  it('answers 429 past the per-minute limit', async () => {
    const limited = await buildTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: `u${i}`, password: 'x' },
        });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
