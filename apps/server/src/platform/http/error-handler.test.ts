import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ctx.db.updateTable('security_policy').set({ require_admin_totp: 0 }).execute();
  await createUser(t.app, { username: 'sys', roleCodes: ['sysadmin'] });
  cookie = await loginAs(t.app, 'sys');
});
afterAll(async () => {
  await t.close();
});

describe('error responses', () => {
  it('schema failures answer 400 with the offending field and a Chinese message', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sub-parks',
      headers: { cookie },
      payload: { code: 'bad code!', name: '', boundary: '', areaMu: null, version: 3 },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toBe('请求参数不合法,请检查后重试');
    expect(body.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['/code', '/name', '/version']),
    );
  });

  it('a NUL character anywhere in the input answers 400 and changes nothing', async () => {
    const body = await t.app.inject({
      method: 'POST',
      url: '/api/v1/departments',
      headers: { cookie },
      payload: { code: 'NUL1', name: 'a\u0000b', duties: '' },
    });
    expect(body.statusCode).toBe(400);
    const query = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users?keyword=%00',
      headers: { cookie },
    });
    expect(query.statusCode).toBe(400);
    const stored = await t.app.ctx.db
      .selectFrom('departments')
      .select('id')
      .where('code', '=', 'NUL1')
      .execute();
    expect(stored).toEqual([]);
  });

  it('a version beyond the column range answers 400, not a database error', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/sub-parks/${t.subParkIds[0]}`,
      headers: { cookie },
      payload: { name: 'x', boundary: '', areaMu: null, status: 'active', version: 2_147_483_647 },
    });
    expect(response.statusCode).toBe(400);
  });

  it('malformed JSON answers 400 without internals', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/departments',
      headers: { cookie, 'content-type': 'application/json' },
      payload: '{"code":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/at |\.ts|SyntaxError|node_modules/);
  });

  it('a database failure answers 500 without SQL, paths or stack', async () => {
    await t.app.ctx.db.schema
      .dropTable('departments')
      .ifExists()
      .cascade()
      .execute()
      .catch(async () => {
        await t.app.ctx.db.schema.dropTable('departments').execute();
      });
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/departments', headers: { cookie } });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ code: 'INTERNAL_ERROR', message: '服务器内部错误,请稍后重试' });
  });

  it('unknown API paths answer 404 with the error body', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers: { cookie } });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });
});
