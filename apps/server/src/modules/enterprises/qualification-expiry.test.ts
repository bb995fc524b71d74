import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';
import { registerEnterprise } from './enterprises.test-support.js';

let t: TestApp;
let liaisonCookie: string;
let otherCookie: string;
let enterpriseCookie: string;
beforeAll(async () => {
  t = await buildTestApp(); // clock: 2026-01-15
  const liaisonId = await createUser(t.app, {
    username: 'liaison',
    roleCodes: ['service'],
    departmentId: t.departmentIds.office,
  });
  await createUser(t.app, { username: 'other', roleCodes: ['safety'], departmentId: t.departmentIds.safety });
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  const staff = await loginAs(t.app, 'stats');
  const owned = await registerEnterprise(t.app, staff, {
    name: '到期测试有限公司',
    liaisonUserId: liaisonId,
  });
  const orphan = await registerEnterprise(t.app, staff, { name: '无秘书有限公司' });
  const qualify = (id: string, validTo: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${id}/qualifications`,
      headers: { cookie: staff },
      payload: {
        kind: 'highTech',
        year: null,
        certificateNo: 'GR',
        validFrom: '2023-03-01',
        validTo,
        board: null,
      },
    });
  await qualify(owned, '2026-03-01'); // within 60 days
  await qualify(owned, '2026-06-30'); // not yet
  await qualify(orphan, '2026-02-01'); // no owning department
  await createUser(t.app, {
    username: 'owner',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: owned },
  });
  liaisonCookie = await loginAs(t.app, 'liaison');
  otherCookie = await loginAs(t.app, 'other');
  enterpriseCookie = await loginAs(t.app, 'owner');
});
afterAll(async () => {
  await t.close();
});

const todos = async (cookie: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/todos', headers: { cookie } })).json();

describe('qualification expiry to-dos', () => {
  it('go to the owning department once, for qualifications ending within 60 days', async () => {
    expect(await t.app.jobs.runNow('enterprises.qualification-expiry')).toBe('ran');
    expect(await t.app.jobs.runNow('enterprises.qualification-expiry')).toBe('ran');
    const mine = await todos(liaisonCookie);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'enterprise.qualification-expiring', dueOn: '2026-03-01' });
    expect(mine[0].title).toContain('到期测试有限公司');
    expect(await todos(otherCookie)).toEqual([]);
    expect(await todos(enterpriseCookie)).toEqual([]);
  });
});
