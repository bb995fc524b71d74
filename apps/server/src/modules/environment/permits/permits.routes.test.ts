import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';

let t: TestApp;
let staff: string;
let ownerA: string;
let reader: string;
let enterpriseA: string;
let enterpriseB: string;
beforeAll(async () => {
  t = await buildTestApp(); // clock: 2026-01-15 (Asia/Shanghai)
  await createUser(t.app, {
    username: 'huanbao',
    roleCodes: ['safety'],
    departmentId: t.departmentIds.safety,
  });
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  await createUser(t.app, { username: 'lingdao', roleCodes: ['leader'] });
  const registrar = await loginAs(t.app, 'stats');
  enterpriseA = await registerEnterprise(t.app, registrar, {
    name: '甲化工有限公司',
    subParkId: t.subParkIds[0],
  });
  enterpriseB = await registerEnterprise(t.app, registrar, { name: '乙印染有限公司' });
  await createUser(t.app, {
    username: 'qiyea',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: enterpriseA },
  });
  staff = await loginAs(t.app, 'huanbao');
  ownerA = await loginAs(t.app, 'qiyea');
  reader = await loginAs(t.app, 'lingdao');
});
afterAll(async () => {
  await t.close();
});

const body = (overrides: Record<string, unknown> = {}) => ({
  enterpriseId: enterpriseA,
  permitNo: '91320500MA1X0001-001P',
  managementClass: 'key',
  issuedOn: '2026-02-20',
  validFrom: '2026-03-01',
  validTo: null,
  pollutants: 'COD、氨氮;废气:VOCs',
  fileIds: [],
  note: null,
  ...overrides,
});
const create = (payload: object, cookie = staff) =>
  t.app.inject({ method: 'POST', url: '/api/v1/discharge-permits', headers: { cookie }, payload });
const list = async (cookie: string, query = '') =>
  (
    await t.app.inject({ method: 'GET', url: `/api/v1/discharge-permits${query}`, headers: { cookie } })
  ).json();
const count = async () =>
  Number(
    (
      await t.app.ctx.db
        .selectFrom('discharge_permits')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /discharge-permits', () => {
  let permitId: string;
  it('registers a permit valid five years less a day by default, with its expiry worked out', async () => {
    const response = await create(body());
    expect(response.statusCode).toBe(201);
    const permit = response.json();
    permitId = permit.id;
    // 2026-03-01 + 5 years − 1 day = 2031-02-28; 2026-01-15 → 2031-02-28 is 1870 days (5 × 365 + 1 leap day 2028 + 44).
    expect(permit).toMatchObject({
      enterpriseName: '甲化工有限公司',
      subParkId: t.subParkIds[0],
      departmentId: t.departmentIds.safety,
      validTo: '2031-02-28',
      status: 'active',
      expiresInDays: 1870,
      expired: false,
      version: 1,
    });
  });

  it('keeps an explicit end date and reports an expired permit', async () => {
    const response = await create(
      body({
        enterpriseId: enterpriseB,
        permitNo: 'B-2020-01',
        managementClass: 'registration',
        issuedOn: '2020-12-01',
        validFrom: '2021-01-01',
        validTo: '2026-01-10',
      }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ validTo: '2026-01-10', expiresInDays: -5, expired: true });
  });

  it('refuses a permit number already registered, and end dates before the start, storing nothing', async () => {
    const before = await count();
    const taken = await create(body());
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('ENV_PERMIT_NO_TAKEN');
    const dates = await create(body({ permitNo: 'X-1', validTo: '2026-02-01' }));
    expect(dates.statusCode).toBe(400);
    expect(dates.json().code).toBe('ENV_PERMIT_DATES_INVALID');
    const badClass = await create(body({ permitNo: 'X-2', managementClass: 'major' }));
    expect(badClass.statusCode).toBe(400);
    const missingFile = await create(
      body({ permitNo: 'X-3', fileIds: ['01900000-0000-7000-8000-000000000000'] }),
    );
    expect(missingFile.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('is refused to an enterprise account and to a read-only leader', async () => {
    expect((await create(body({ permitNo: 'Y-1' }), ownerA)).statusCode).toBe(403);
    expect((await create(body({ permitNo: 'Y-2' }), reader)).statusCode).toBe(403);
  });

  it('renews a permit with the version read, and refuses a stale version', async () => {
    const url = `/api/v1/discharge-permits/${permitId}`;
    const { enterpriseId: _e, ...fields } = body();
    const renewed = await t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: staff },
      payload: { ...fields, validFrom: '2026-03-01', validTo: '2030-12-31', version: 1 },
    });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json()).toMatchObject({ validTo: '2030-12-31', version: 2 });
    const stale = await t.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: staff },
      payload: { ...fields, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie: staff } })).json().validTo).toBe(
      '2030-12-31',
    );
  });

  it('revokes a permit once', async () => {
    const url = `/api/v1/discharge-permits/${permitId}/revoke`;
    const first = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: staff },
      payload: { version: 2 },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'revoked', version: 3 });
    const again = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: staff },
      payload: { version: 3 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ENV_PERMIT_REVOKED');
  });
});

describe('GET /discharge-permits', () => {
  it('lists everything for zone staff, soonest end first, and filters expiring ones', async () => {
    const all = await list(reader);
    expect(all.map((p: { permitNo: string }) => p.permitNo)).toEqual(['B-2020-01', '91320500MA1X0001-001P']);
    const expiring = await list(reader, '?expiringWithinDays=90');
    expect(expiring.map((p: { permitNo: string }) => p.permitNo)).toEqual(['B-2020-01']);
    expect(await list(reader, '?status=revoked')).toHaveLength(1);
  });

  it("shows an enterprise account only its own permits and answers 404 for another's", async () => {
    const own = await list(ownerA);
    expect(own.map((p: { enterpriseId: string }) => p.enterpriseId)).toEqual([enterpriseA]);
    expect(await list(ownerA, `?enterpriseId=${enterpriseB}`)).toEqual([]);
    const other = (await list(reader, `?enterpriseId=${enterpriseB}`))[0];
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/discharge-permits/${other.id}`,
      headers: { cookie: ownerA },
    });
    expect(response.statusCode).toBe(404);
  });
});
