import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { createStation, ingest, readingCount } from '../environment.test-support.js';

let t: TestApp;
let staff: string;
let air: { id: string; apiKey: string; version: number };
let other: { id: string; apiKey: string; version: number };
beforeAll(async () => {
  t = await buildTestApp(); // clock: 2026-01-15T02:00Z
  await createUser(t.app, {
    username: 'huanbao',
    roleCodes: ['safety'],
    departmentId: t.departmentIds.safety,
  });
  staff = await loginAs(t.app, 'huanbao');
  air = await createStation(t.app, staff);
  other = await createStation(t.app, staff, { code: 'AQ02', name: '二号空气站' });
});
afterAll(async () => {
  await t.close();
});

const alarms = async () =>
  (
    await t.app.inject({ method: 'GET', url: '/api/v1/monitoring-alarms', headers: { cookie: staff } })
  ).json();

describe('POST /monitoring-stations', () => {
  it('returns the ingestion key once and stores only its hash', async () => {
    expect(air.apiKey).toMatch(/^AQ01\.[A-Za-z0-9_-]{48}$/);
    const row = await t.app.ctx.db
      .selectFrom('monitoring_stations')
      .select('key_hash')
      .where('id', '=', air.id)
      .executeTakeFirstOrThrow();
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.key_hash).not.toContain(air.apiKey.split('.')[1]);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/monitoring-stations/${air.id}`,
      headers: { cookie: staff },
    });
    expect(read.body).not.toContain(air.apiKey.split('.')[1]);
    expect(read.json().thresholds).toEqual([
      { pollutant: 'PM2_5', unit: 'μg/m³', upperLimit: 75, lowerLimit: null },
      { pollutant: 'SO2', unit: 'μg/m³', upperLimit: 150, lowerLimit: null },
    ]);
  });
});

describe('POST /monitoring/readings', () => {
  it("refuses a missing header, a wrong key, an unknown code and another station's key with 401, storing nothing", async () => {
    const readings = [{ pollutant: 'PM2_5', measuredAt: '2026-01-15T09:00:00+08:00', value: 40 }];
    const secretOfOther = other.apiKey.split('.')[1];
    const cases = [
      await ingest(t.app, null, readings),
      await ingest(t.app, `AQ01.${'x'.repeat(48)}`, readings),
      await ingest(t.app, `AQ99.${secretOfOther}`, readings),
      await ingest(t.app, `AQ01.${secretOfOther}`, readings),
      await ingest(t.app, null, readings, { authorization: air.apiKey }),
      await ingest(t.app, null, readings, { cookie: staff }),
    ];
    for (const response of cases) {
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('ENV_STATION_KEY_INVALID');
    }
    expect(await readingCount(t.app)).toBe(0);
  });

  it('answers 401 before looking at a malformed body', async () => {
    const response = await ingest(t.app, 'AQ01.wrongwrongwrong', 'not a list');
    expect(response.statusCode).toBe(401);
  });

  it('stores a batch, keeping values to 3 decimals, and skips readings already stored', async () => {
    const readings = [
      { pollutant: 'PM2_5', measuredAt: '2026-01-15T09:00:00+08:00', value: 40.1234 },
      { pollutant: 'SO2', measuredAt: '2026-01-15T09:00:00+08:00', value: 12 },
      { pollutant: 'PM2_5', measuredAt: '2026-01-15T02:00:00Z', value: 41 },
    ];
    const first = await ingest(t.app, air.apiKey, readings);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ stored: 3, duplicates: 0, alarmsRaised: 0 });
    // 09:00+08:00 is 01:00Z: the same instant written another way is the same reading.
    const again = await ingest(t.app, air.apiKey, [
      { pollutant: 'PM2_5', measuredAt: '2026-01-15T01:00:00.000Z', value: 99 },
    ]);
    expect(again.json()).toEqual({ stored: 0, duplicates: 1, alarmsRaised: 0 });
    const series = await t.app.inject({
      method: 'GET',
      url: `/api/v1/monitoring-stations/${air.id}/readings?pollutant=PM2_5`,
      headers: { cookie: staff },
    });
    expect(series.json().readings).toEqual([
      { pollutant: 'PM2_5', measuredAt: '2026-01-15T01:00:00.000Z', value: 40.123 },
      { pollutant: 'PM2_5', measuredAt: '2026-01-15T02:00:00.000Z', value: 41 },
    ]);
  });

  it('refuses a whole batch with one bad reading, naming each problem, and stores none of it', async () => {
    const before = await readingCount(t.app);
    const good = { pollutant: 'PM2_5', measuredAt: '2026-01-15T01:10:00Z', value: 30 };
    const batches = [
      [
        good,
        { pollutant: 'COD', measuredAt: '2026-01-15T01:10:00Z', value: 3 },
        { ...good, pollutant: 'SO2' },
      ],
      [good, { ...good, measuredAt: '2026-01-15T02:06:00Z' }, { ...good, pollutant: 'SO2' }],
      [good, { ...good, value: 31 }, { ...good, pollutant: 'SO2' }],
    ];
    const paths = [['/readings/1/pollutant'], ['/readings/1/measuredAt'], ['/readings/1']];
    for (const [i, batch] of batches.entries()) {
      const response = await ingest(t.app, air.apiKey, batch);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('ENV_READING_INVALID');
      expect(response.json().details.map((d: { path: string }) => d.path)).toEqual(paths[i]);
    }
    const schemaCases = [
      [],
      [{ pollutant: 'PM2_5', measuredAt: '2026-01-15T01:10:00', value: 1 }], // no offset
      [{ pollutant: 'PM2_5', measuredAt: '2026-01-15T01:10:00Z', value: '1' }],
      [{ pollutant: 'PM2_5', measuredAt: '2026-01-15T01:10:00Z', value: 1e12 }],
      Array.from({ length: 501 }, (_, m) => ({
        ...good,
        measuredAt: new Date(Date.UTC(2026, 0, 14, 0, m)).toISOString(),
      })),
    ];
    for (const batch of schemaCases) expect((await ingest(t.app, air.apiKey, batch)).statusCode).toBe(400);
    const infinite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/monitoring/readings',
      headers: { authorization: `Bearer ${air.apiKey}`, 'content-type': 'application/json' },
      payload: '{"readings":[{"pollutant":"PM2_5","measuredAt":"2026-01-15T01:10:00Z","value":1e400}]}',
    });
    expect(infinite.statusCode).toBe(400);
    expect(await readingCount(t.app)).toBe(before);
  });

  it('raises one alarm per pollutant while it is open, and extends it on further exceedances', async () => {
    const first = await ingest(t.app, air.apiKey, [
      { pollutant: 'PM2_5', measuredAt: '2026-01-15T00:00:00Z', value: 80 },
      { pollutant: 'PM2_5', measuredAt: '2026-01-14T23:00:00Z', value: 76.5 },
      { pollutant: 'SO2', measuredAt: '2026-01-15T00:00:00Z', value: 150 }, // at the limit: no alarm
    ]);
    expect(first.json()).toEqual({ stored: 3, duplicates: 0, alarmsRaised: 1 });
    const second = await ingest(t.app, air.apiKey, [
      { pollutant: 'PM2_5', measuredAt: '2026-01-15T01:30:00Z', value: 120 },
    ]);
    expect(second.json()).toEqual({ stored: 1, duplicates: 0, alarmsRaised: 0 });
    const list = await alarms();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      stationCode: 'AQ01',
      pollutant: 'PM2_5',
      limitKind: 'upper',
      limit: 75,
      firstValue: 76.5,
      raisedAt: '2026-01-14T23:00:00.000Z',
      lastValue: 120,
      lastAt: '2026-01-15T01:30:00.000Z',
      count: 3,
      status: 'open',
    });
    const station = (
      await t.app.inject({ method: 'GET', url: '/api/v1/monitoring-stations', headers: { cookie: staff } })
    ).json()[0];
    expect(station.openAlarmCount).toBe(1);
    expect(station.latest).toEqual([
      { pollutant: 'PM2_5', measuredAt: '2026-01-15T02:00:00.000Z', value: 41, exceeded: false },
      { pollutant: 'SO2', measuredAt: '2026-01-15T01:00:00.000Z', value: 12, exceeded: false },
    ]);
  });

  it('refuses the old key after rotation and an inactive station', async () => {
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/monitoring-stations/${other.id}/key`,
      headers: { cookie: staff },
      payload: { version: other.version },
    });
    expect(rotated.statusCode).toBe(200);
    const fresh = rotated.json().apiKey as string;
    const reading = [{ pollutant: 'PM2_5', measuredAt: '2026-01-15T01:00:00Z', value: 10 }];
    expect((await ingest(t.app, other.apiKey, reading)).statusCode).toBe(401);
    expect((await ingest(t.app, fresh, reading)).statusCode).toBe(200);
    const off = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/monitoring-stations/${other.id}`,
      headers: { cookie: staff },
      payload: { name: '二号空气站', location: '', active: false, thresholds: [], version: 2 },
    });
    expect(off.statusCode).toBe(200);
    const refused = await ingest(t.app, fresh, [{ ...reading[0], measuredAt: '2026-01-15T01:05:00Z' }]);
    expect(refused.statusCode).toBe(401);
  });

  it('answers 429 past 60 batches a minute from one station, storing nothing of the refused one', async () => {
    const busy = await createStation(t.app, staff, { code: 'AQ03', name: '三号空气站' });
    const send = (minute: number) =>
      ingest(t.app, busy.apiKey, [
        { pollutant: 'SO2', measuredAt: new Date(Date.UTC(2026, 0, 14, 0, minute)).toISOString(), value: 5 },
      ]);
    for (let i = 0; i < 60; i++) expect((await send(i)).statusCode).toBe(200);
    const before = await readingCount(t.app);
    const refused = await send(60);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('RATE_LIMITED');
    expect(await readingCount(t.app)).toBe(before);
    t.clock.advanceMinutes(1);
    expect((await send(61)).statusCode).toBe(200);
  });
});
