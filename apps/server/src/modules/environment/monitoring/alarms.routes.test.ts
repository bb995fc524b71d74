import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';
import { createStation, ingest } from '../environment.test-support.js';

let t: TestApp;
let staff: string;
let ownerA: string;
let enterpriseA: string;
let outletA: { id: string; apiKey: string };
let outletB: { id: string; apiKey: string };
let air: { id: string; apiKey: string };
const water = [
  { pollutant: 'COD', unit: 'mg/L', upperLimit: 50, lowerLimit: null },
  { pollutant: 'pH', unit: '', upperLimit: 9, lowerLimit: 6 },
];
beforeAll(async () => {
  t = await buildTestApp(); // clock: 2026-01-15T02:00Z
  await createUser(t.app, {
    username: 'huanbao',
    roleCodes: ['safety'],
    departmentId: t.departmentIds.safety,
  });
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  const registrar = await loginAs(t.app, 'stats');
  enterpriseA = await registerEnterprise(t.app, registrar, {
    name: '甲化工有限公司',
    subParkId: t.subParkIds[1],
  });
  const enterpriseB = await registerEnterprise(t.app, registrar, { name: '乙印染有限公司' });
  await createUser(t.app, {
    username: 'qiyea',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: enterpriseA },
  });
  staff = await loginAs(t.app, 'huanbao');
  ownerA = await loginAs(t.app, 'qiyea');
  const outlet = { kind: 'wastewaterOutlet' as const, thresholds: water as never };
  outletA = await createStation(t.app, staff, {
    ...outlet,
    code: 'WA01',
    name: '甲公司总排口',
    enterpriseId: enterpriseA,
    location: '厂区东门',
  });
  outletB = await createStation(t.app, staff, {
    ...outlet,
    code: 'WB01',
    name: '乙公司总排口',
    enterpriseId: enterpriseB,
  });
  air = await createStation(t.app, staff);
  const at = '2026-01-15T01:00:00Z';
  expect(
    (
      await ingest(t.app, outletA.apiKey, [
        { pollutant: 'COD', measuredAt: at, value: 62.5 },
        { pollutant: 'pH', measuredAt: at, value: 5.2 },
      ])
    ).json().alarmsRaised,
  ).toBe(2);
  expect(
    (await ingest(t.app, outletB.apiKey, [{ pollutant: 'COD', measuredAt: at, value: 70 }])).json()
      .alarmsRaised,
  ).toBe(1);
  expect(
    (await ingest(t.app, air.apiKey, [{ pollutant: 'PM2_5', measuredAt: at, value: 90 }])).json()
      .alarmsRaised,
  ).toBe(1);
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, cookie = staff) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie } });
const post = (url: string, payload: object, cookie = staff) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie }, payload });
type Alarm = {
  id: string;
  stationId: string;
  pollutant: string;
  version: number;
  limitKind: string;
  status: string;
};
const alarmOf = async (stationId: string, pollutant: string) =>
  ((await get('/monitoring-alarms')).json() as Alarm[]).find(
    (a) => a.stationId === stationId && a.pollutant === pollutant,
  )!;

describe('POST /monitoring-stations (rules)', () => {
  it('requires an enterprise for an outlet, none for an air station, unique codes and ordered limits', async () => {
    const before = (await get('/monitoring-stations')).json().length;
    const base = { code: 'NEW1', name: '新站', location: '', subParkId: null, thresholds: [] };
    const cases = [
      [{ ...base, kind: 'wastewaterOutlet', enterpriseId: null }, 400, 'ENV_STATION_ENTERPRISE_INVALID'],
      [{ ...base, kind: 'airQuality', enterpriseId: enterpriseA }, 400, 'ENV_STATION_ENTERPRISE_INVALID'],
      [{ ...base, code: 'WA01', kind: 'airQuality', enterpriseId: null }, 409, 'ENV_STATION_CODE_TAKEN'],
      [
        {
          ...base,
          kind: 'airQuality',
          enterpriseId: null,
          thresholds: [{ pollutant: 'pH', unit: '', upperLimit: 6, lowerLimit: 9 }],
        },
        400,
        'ENV_THRESHOLD_INVALID',
      ],
      [
        {
          ...base,
          kind: 'airQuality',
          enterpriseId: null,
          thresholds: [{ pollutant: 'XYZ', unit: '', upperLimit: 6, lowerLimit: null }],
        },
        400,
        'VALIDATION_FAILED',
      ],
    ] as const;
    for (const [payload, status, code] of cases) {
      const response = await post('/monitoring-stations', payload);
      expect(response.statusCode).toBe(status);
      expect(response.json().code).toBe(code);
    }
    expect(
      (await post('/monitoring-stations', { ...base, kind: 'airQuality', enterpriseId: null }, ownerA))
        .statusCode,
    ).toBe(403);
    expect((await get('/monitoring-stations')).json()).toHaveLength(before);
  });

  it("takes an outlet's sub-park from its enterprise", async () => {
    expect((await get(`/monitoring-stations/${outletA.id}`)).json()).toMatchObject({
      subParkId: t.subParkIds[1],
      enterpriseName: '甲化工有限公司',
    });
  });
});

describe('a sub-park-scoped account', () => {
  it('registers air stations only inside its sub-parks and sees only the stations there', async () => {
    await createUser(t.app, {
      username: 'yuanqu',
      roleCodes: ['safety'],
      scope: { kind: 'subParks', subParkIds: [t.subParkIds[1]] },
    });
    const cookie = await loginAs(t.app, 'yuanqu');
    const base = { name: '园区站', kind: 'airQuality', enterpriseId: null, location: '', thresholds: [] };
    const outside = await post('/monitoring-stations', { ...base, code: 'SP-0', subParkId: null }, cookie);
    expect(outside.statusCode).toBe(400);
    expect((await get('/monitoring-stations')).json().map((s: { code: string }) => s.code)).not.toContain(
      'SP-0',
    );
    const inside = await post(
      '/monitoring-stations',
      { ...base, code: 'SP-1', subParkId: t.subParkIds[1] },
      cookie,
    );
    expect(inside.statusCode).toBe(201);
    const seen = (await get('/monitoring-stations', cookie)).json() as { code: string }[];
    expect(seen.map((s) => s.code)).toEqual(['SP-1', 'WA01']); // 甲 is in the second sub-park; 乙 and AQ01 are not
  });
});

describe('alarms', () => {
  it('raise on the lower limit too', async () => {
    expect(await alarmOf(outletA.id, 'pH')).toMatchObject({ limitKind: 'lower', status: 'open' });
  });

  it('are acknowledged once with a note; a later exceedance opens a new alarm', async () => {
    const alarm = await alarmOf(outletA.id, 'pH');
    const ack = await post(`/monitoring-alarms/${alarm.id}/acknowledge`, {
      note: '设备校准中',
      version: alarm.version,
    });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'acknowledged', note: '设备校准中', version: 2 });
    const again = await post(`/monitoring-alarms/${alarm.id}/acknowledge`, { note: '再次', version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ENV_ALARM_NOT_OPEN');
    await ingest(t.app, outletA.apiKey, [
      { pollutant: 'pH', measuredAt: '2026-01-15T01:30:00Z', value: 9.5 },
    ]);
    const open = (await get(`/monitoring-alarms?status=open&stationId=${outletA.id}`)).json() as Alarm[];
    expect(open.map((a) => `${a.pollutant}:${a.limitKind}`).sort()).toEqual(['COD:upper', 'pH:upper']);
  });

  it('of an outlet become a hazard of its enterprise, once', async () => {
    const alarm = await alarmOf(outletA.id, 'COD');
    const response = await post(`/monitoring-alarms/${alarm.id}/hazard`, {
      grade: 'general',
      deadline: '2026-01-31',
      responsiblePerson: '王厂长',
      version: alarm.version,
    });
    expect(response.statusCode).toBe(200);
    const handled = response.json();
    expect(handled).toMatchObject({ status: 'hazardRaised' });
    const hazard = await t.app.ctx.db
      .selectFrom('hazards')
      .selectAll()
      .where('id', '=', handled.hazardId)
      .executeTakeFirstOrThrow();
    expect(hazard).toMatchObject({
      enterprise_id: enterpriseA,
      source: 'alarm',
      alarm_id: alarm.id,
      category: 'environment',
      grade: 'general',
      location: '厂区东门',
      found_on: '2026-01-15',
      deadline: '2026-01-31',
      responsible_person: '王厂长',
    });
    expect(hazard.description).toContain('62.5');
    const second = await post(`/monitoring-alarms/${alarm.id}/hazard`, {
      grade: 'general',
      deadline: '2026-01-31',
      responsiblePerson: '王厂长',
      version: handled.version,
    });
    expect(second.statusCode).toBe(409);
  });

  it('of an air station cannot become a hazard (409), and nothing changes', async () => {
    const alarm = await alarmOf(air.id, 'PM2_5');
    const hazards = async () =>
      Number(
        (
          await t.app.ctx.db
            .selectFrom('hazards')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await hazards();
    const response = await post(`/monitoring-alarms/${alarm.id}/hazard`, {
      grade: 'general',
      deadline: '2026-01-31',
      responsiblePerson: '张三',
      version: alarm.version,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('ENV_ALARM_WITHOUT_ENTERPRISE');
    expect(await hazards()).toBe(before);
    expect((await alarmOf(air.id, 'PM2_5')).status).toBe('open');
  });
});

describe('an enterprise account', () => {
  it('sees only its own outlets, their readings and alarms; other stations answer 404', async () => {
    const stations = (await get('/monitoring-stations', ownerA)).json() as { id: string }[];
    expect(stations.map((s) => s.id)).toEqual([outletA.id]);
    expect((await get(`/monitoring-stations/${outletA.id}/readings`, ownerA)).json().readings).toHaveLength(
      3,
    );
    for (const id of [outletB.id, air.id]) {
      expect((await get(`/monitoring-stations/${id}`, ownerA)).statusCode).toBe(404);
      expect((await get(`/monitoring-stations/${id}/readings`, ownerA)).statusCode).toBe(404);
    }
    const alarms = (await get('/monitoring-alarms', ownerA)).json() as Alarm[];
    expect(alarms.map((a) => a.stationId)).toEqual([outletA.id, outletA.id, outletA.id]);
  });

  it('cannot acknowledge, turn into a hazard, rotate keys or edit stations', async () => {
    const alarm = await alarmOf(outletA.id, 'pH');
    expect(
      (
        await post(
          `/monitoring-alarms/${alarm.id}/acknowledge`,
          { note: 'x', version: alarm.version },
          ownerA,
        )
      ).statusCode,
    ).toBe(403);
    expect((await post(`/monitoring-stations/${outletA.id}/key`, { version: 1 }, ownerA)).statusCode).toBe(
      403,
    );
  });

  it("gets 404 for another enterprise's alarm even with env:manage scoped to an enterprise", async () => {
    await createUser(t.app, {
      username: 'mixed',
      roleCodes: ['enterprise', 'safety'],
      scope: { kind: 'enterprise', enterpriseId: enterpriseA },
    });
    const cookie = await loginAs(t.app, 'mixed');
    const alarmB = await alarmOf(outletB.id, 'COD');
    const response = await post(
      `/monitoring-alarms/${alarmB.id}/acknowledge`,
      { note: 'x', version: alarmB.version },
      cookie,
    );
    expect(response.statusCode).toBe(404);
    expect((await alarmOf(outletB.id, 'COD')).status).toBe('open');
  });
});
