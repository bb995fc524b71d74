import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';
import { registerEnterprise } from './enterprises.test-support.js';
import { registerEnterpriseFileSection } from './index.js';

// Two enterprises, each with its own enterprise account; a sub-park-scoped staff member.
let t: TestApp;
let staff: string;
let firstId: string;
let secondId: string;
let second: string;
let parkStaff: string;

beforeAll(async () => {
  t = await buildTestApp();
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  staff = await loginAs(t.app, 'stats');
  firstId = await registerEnterprise(t.app, staff, { name: '甲公司', subParkId: t.subParkIds[0] });
  secondId = await registerEnterprise(t.app, staff, { name: '乙公司', subParkId: t.subParkIds[1] });
  await call(staff, 'POST', `/enterprises/${firstId}/qualifications`, {
    kind: 'aboveScale',
    year: 2026,
    certificateNo: '',
    validFrom: null,
    validTo: null,
    board: null,
  });
  await createUser(t.app, {
    username: 'yi',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: secondId },
  });
  second = await loginAs(t.app, 'yi');
  await createUser(t.app, {
    username: 'park2',
    roleCodes: ['economic'],
    scope: { kind: 'subParks', subParkIds: [t.subParkIds[1]] },
  });
  parkStaff = await loginAs(t.app, 'park2');
});
afterAll(async () => {
  await t.close();
});

function call(cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
}

describe('an enterprise user sees its own enterprise and nothing else', () => {
  it('answers 404 for every route about another enterprise', async () => {
    for (const url of [
      `/enterprises/${firstId}`,
      `/enterprises/${firstId}/history`,
      `/enterprises/${firstId}/file`,
      `/enterprises/${firstId}/qualifications`,
    ]) {
      expect((await call(second, 'GET', url)).statusCode, url).toBe(404);
    }
    const contact = await call(second, 'PUT', `/enterprises/${firstId}/contact`, {
      contactName: 'x',
      contactPhone: null,
      address: 'x',
      version: 1,
    });
    expect(contact.statusCode).toBe(404);
  });

  it('lists, searches and counts only its own enterprise', async () => {
    const list = (await call(second, 'GET', '/enterprises')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([secondId]);
    expect((await call(second, 'GET', '/enterprises?keyword=甲')).json().total).toBe(0);
    const [all] = (await call(second, 'GET', '/enterprises/counts?asOf=2026-01-15')).json();
    expect(all).toMatchObject({ settled: 1, aboveScale: 0 });
  });

  it('reads and edits its own contact fields, but nothing else', async () => {
    const own = (await call(second, 'GET', `/enterprises/${secondId}`)).json();
    const contact = await call(second, 'PUT', `/enterprises/${secondId}/contact`, {
      contactName: '王五',
      contactPhone: '13700001111',
      address: '新地址',
      version: own.version,
    });
    expect(contact.statusCode).toBe(200);
    expect(contact.json()).toMatchObject({ contactName: '王五', address: '新地址' });
    expect(
      (await call(second, 'PUT', `/enterprises/${secondId}`, { ...own, version: own.version + 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await call(second, 'POST', `/enterprises/${secondId}/status`, {
          status: 'inProduction',
          effectiveOn: '2026-01-01',
          note: '',
          version: 2,
        })
      ).statusCode,
    ).toBe(403);
    expect((await call(second, 'POST', '/enterprises', {})).statusCode).toBe(403);
  });
});

describe('a sub-park-scoped staff member', () => {
  it('sees only the enterprises of that sub-park and cannot register outside it', async () => {
    expect(
      (await call(parkStaff, 'GET', '/enterprises')).json().items.map((e: { id: string }) => e.id),
    ).toEqual([secondId]);
    expect((await call(parkStaff, 'GET', `/enterprises/${firstId}`)).statusCode).toBe(404);
    const outside = await registerEnterprise(t.app, parkStaff, { subParkId: t.subParkIds[0] }).catch(
      (e: Error) => e.message,
    );
    expect(outside).toContain('400');
  });
});

describe('一企一档', () => {
  it('shows the sections other modules register, for enterprises in scope only', async () => {
    registerEnterpriseFileSection({
      key: 'test-section',
      titleZh: '测试',
      titleEn: 'Test',
      load: async (_ctx, _scope, enterpriseId) => ({ enterpriseId }),
    });
    const file = (await call(staff, 'GET', `/enterprises/${firstId}/file`)).json();
    expect(file.enterprise.id).toBe(firstId);
    expect(file.qualifications).toMatchObject([{ kind: 'aboveScale', year: 2026 }]);
    // Other modules register their own sections too; the test one comes last.
    const keys = file.sections.map((s: { key: string }) => s.key);
    expect(keys).toContain('indicatorHistory');
    expect(keys.at(-1)).toBe('test-section');
    expect(file.sections.at(-1)).toEqual({
      key: 'test-section',
      titleZh: '测试',
      titleEn: 'Test',
      data: { enterpriseId: firstId },
    });
    expect((await call(second, 'GET', `/enterprises/${firstId}/file`)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/enterprises/liaison-candidates', () => {
  it('gives registry staff the names of active staff, without administrators or enterprise accounts', async () => {
    await createUser(t.app, { username: 'sys', roleCodes: ['sysadmin'] });
    const names = (await call(staff, 'GET', '/enterprises/liaison-candidates'))
      .json()
      .map((u: { displayName: string }) => u.displayName);
    expect(names).toEqual(expect.arrayContaining(['stats', 'park2']));
    expect(names).not.toContain('yi');
    expect(names).not.toContain('sys');
  });

  it('is refused to enterprise users', async () => {
    expect((await call(second, 'GET', '/enterprises/liaison-candidates')).statusCode).toBe(403);
  });
});
