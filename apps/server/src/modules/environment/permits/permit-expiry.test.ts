import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';

let t: TestApp;
let staff: string;
let colleague: string;
let owner: string;
let office: string;
beforeAll(async () => {
  t = await buildTestApp(); // clock: 2026-01-15 (Asia/Shanghai)
  await createUser(t.app, {
    username: 'huanbao',
    roleCodes: ['safety'],
    departmentId: t.departmentIds.safety,
  });
  await createUser(t.app, {
    username: 'tongshi',
    roleCodes: ['safety'],
    departmentId: t.departmentIds.safety,
  });
  await createUser(t.app, {
    username: 'bangong',
    roleCodes: ['office'],
    departmentId: t.departmentIds.office,
  });
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  const registrar = await loginAs(t.app, 'stats');
  const enterprise = await registerEnterprise(t.app, registrar, { name: '丙电镀有限公司' });
  await createUser(t.app, {
    username: 'qiyec',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: enterprise },
  });
  staff = await loginAs(t.app, 'huanbao');
  colleague = await loginAs(t.app, 'tongshi');
  owner = await loginAs(t.app, 'qiyec');
  office = await loginAs(t.app, 'bangong');
  const permit = (permitNo: string, validTo: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/discharge-permits',
      headers: { cookie: staff },
      payload: {
        enterpriseId: enterprise,
        permitNo,
        managementClass: 'simplified',
        issuedOn: '2021-01-01',
        validFrom: '2021-01-01',
        validTo,
        pollutants: '',
        fileIds: [],
        note: null,
      },
    });
  expect((await permit('P-SOON', '2026-04-10')).statusCode).toBe(201); // 85 days ahead
  expect((await permit('P-LATER', '2026-06-30')).statusCode).toBe(201); // 166 days ahead
  expect((await permit('P-GONE', '2026-01-14')).statusCode).toBe(201); // expired yesterday
});
afterAll(async () => {
  await t.close();
});

const todos = async (cookie: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/todos', headers: { cookie } })).json() as {
    kind: string;
    title: string;
    dueOn: string;
  }[];

describe('environment.permit-expiry', () => {
  it('raises one to-do for the enterprise and one for the registering department, 90 days ahead, once', async () => {
    expect(await t.app.jobs.runNow('environment.permit-expiry')).toBe('ran');
    expect(await t.app.jobs.runNow('environment.permit-expiry')).toBe('ran');
    for (const cookie of [staff, colleague, owner]) {
      const mine = await todos(cookie);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ kind: 'environment.permit-expiring', dueOn: '2026-04-10' });
      expect(mine[0]!.title).toContain('P-SOON');
    }
    expect(await todos(office)).toEqual([]);
  });

  it('replaces the 90-day reminder by a 30-day one when the end comes near', async () => {
    t.clock.set('2026-03-12T02:00:00.000Z'); // 29 days before 2026-04-10
    [staff, owner] = [await loginAs(t.app, 'huanbao'), await loginAs(t.app, 'qiyec')]; // sessions timed out
    await t.app.jobs.runNow('environment.permit-expiry');
    await t.app.jobs.runNow('environment.permit-expiry');
    const rows = await t.app.ctx.db
      .selectFrom('todos')
      .select(['dedupe_key', 'status'])
      .where('kind', '=', 'environment.permit-expiring')
      .orderBy('dedupe_key')
      .execute();
    expect(
      rows.map((r) => `${r.dedupe_key.split(':')[3]}:${r.dedupe_key.split(':')[4]}:${r.status}`),
    ).toEqual(['30:department:open', '30:enterprise:open', '90:department:done', '90:enterprise:done']);
    expect(await todos(owner)).toHaveLength(1);
  });

  it('closes the reminders when the permit is renewed', async () => {
    const [permit] = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/discharge-permits?expiringWithinDays=30',
        headers: { cookie: staff },
      })
    ).json() as { id: string; permitNo: string; version: number }[];
    expect(permit!.permitNo).toBe('P-GONE'); // expired ones count as expiring; P-SOON next
    const soon = (
      await t.app.inject({ method: 'GET', url: '/api/v1/discharge-permits', headers: { cookie: staff } })
    )
      .json()
      .find((p: { permitNo: string }) => p.permitNo === 'P-SOON');
    const renewed = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/discharge-permits/${soon.id}`,
      headers: { cookie: staff },
      payload: {
        permitNo: 'P-SOON',
        managementClass: 'simplified',
        issuedOn: '2026-03-12',
        validFrom: '2026-04-11',
        validTo: null,
        pollutants: '',
        fileIds: [],
        note: '延续',
        version: soon.version,
      },
    });
    expect(renewed.json()).toMatchObject({ validTo: '2031-04-10' });
    expect(await todos(owner)).toEqual([]);
    expect(await todos(staff)).toEqual([]);
  });
});
