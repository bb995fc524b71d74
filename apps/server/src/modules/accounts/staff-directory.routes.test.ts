import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { registerEnterprise } from '../enterprises/enterprises.test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const get = (cookie: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/staff-directory', headers: { cookie } });

describe('GET /staff-directory', () => {
  it('lists active staff by name and department, not enterprise or disabled accounts', async () => {
    await createUser(t.app, {
      username: 'zhaoshang',
      roleCodes: ['investment'],
      departmentId: t.departmentIds.office,
    });
    await createUser(t.app, {
      username: 'yuanqu',
      roleCodes: ['planning'],
      scope: { kind: 'subParks', subParkIds: [t.subParkIds[0]] },
    });
    await createUser(t.app, { username: 'tingyong', roleCodes: ['planning'], status: 'disabled' });
    const staff = await loginAs(t.app, 'zhaoshang');
    const enterpriseId = await registerEnterprise(t.app, staff);
    await createUser(t.app, {
      username: 'qiye',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId },
    });

    const answer = await get(staff);
    expect(answer.statusCode).toBe(200);
    const members = answer.json() as { id: string; displayName: string; departmentId: string | null }[];
    const names = members.map((m) => m.displayName);
    expect(names).toEqual(expect.arrayContaining(['zhaoshang', 'yuanqu']));
    expect(names).not.toContain('tingyong');
    expect(names).not.toContain('qiye');
    expect(members.find((m) => m.displayName === 'zhaoshang')).toEqual({
      id: expect.any(String),
      displayName: 'zhaoshang',
      departmentId: t.departmentIds.office,
    });
    // Names only: nothing of the account's contact or security data.
    expect(Object.keys(members[0]!).sort()).toEqual(['departmentId', 'displayName', 'id']);
    // A sub-park user assigns work too; an enterprise account may not list staff.
    expect((await get(await loginAs(t.app, 'yuanqu'))).statusCode).toBe(200);
    expect((await get(await loginAs(t.app, 'qiye'))).statusCode).toBe(403);
  });
});
