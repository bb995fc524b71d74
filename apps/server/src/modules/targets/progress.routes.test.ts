import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';
import { registerEnterprise } from '../enterprises/enterprises.test-support.js';
import { registerTargetSource } from './index.js';

// A money subject as the indicators module will register one: 万元 with scale 6, stored in 分
// (1万元 = 10^6 分). From 1–6月 on it reports 523,456.78万元 = 523,456,780,000 分; before, nothing yet.
const MONEY_TO_DATE = 523_456_780_000;
const seenScopes: string[] = [];
registerTargetSource({
  kind: 'testMoney',
  subjects: () =>
    Promise.resolve([
      { kind: 'testMoney', code: 'fundsRaised', nameZh: '募集资金', nameEn: 'Funds', unit: '万元', scale: 6 },
      { kind: 'testMoney', code: 'unreported', nameZh: '未报', nameEn: 'Unreported', unit: '万元', scale: 6 },
    ]),
  actualToDate: (_ctx, scope, code, _year, month) => {
    seenScopes.push(scope.kind);
    return Promise.resolve(code === 'fundsRaised' && month >= 6 ? MONEY_TO_DATE : null);
  },
});

let t: TestApp;
let stats: string;
let safety: string;
let parkOne: string;
beforeAll(async () => {
  // Late in 2026, so every settled date below is in the past.
  t = await buildTestApp({ clock: new ManualClock('2026-12-20T02:00:00.000Z') });
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  await createUser(t.app, { username: 'safe', roleCodes: ['safety'] });
  await createUser(t.app, {
    username: 'park1',
    roleCodes: ['safety'],
    scope: { kind: 'subParks', subParkIds: [t.subParkIds[0]] },
  });
  stats = await loginAs(t.app, 'stats');
  safety = await loginAs(t.app, 'safe');
  parkOne = await loginAs(t.app, 'park1');
});
afterAll(async () => {
  await t.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const target = (overrides: object = {}) => ({
  year: 2026,
  subjectKind: 'enterprises',
  subjectCode: 'newlySettled',
  targetValue: 10,
  ownerDepartmentId: t.departmentIds.office,
  note: '全年新入驻企业10家',
  ...overrides,
});

type Row = { subjectCode: string; [key: string]: unknown };
const progressOf = async (cookie: string, month: number, code = 'newlySettled') =>
  ((await call(cookie, 'GET', `/targets/progress?year=2026&month=${month}`)).json() as Row[]).find(
    (r) => r.subjectCode === code,
  );

describe('target sources', () => {
  it('refuses a kind registered twice', () => {
    const again = {
      kind: 'enterprises',
      subjects: () => Promise.resolve([]),
      actualToDate: () => Promise.resolve(null),
    };
    expect(() => registerTargetSource(again)).toThrow(/已注册/);
  });

  it('GET /target-subjects lists the subjects of every source', async () => {
    const subjects = (await call(safety, 'GET', '/target-subjects')).json() as {
      kind: string;
      code: string;
    }[];
    expect(subjects.map((s) => `${s.kind}/${s.code}`)).toEqual(
      expect.arrayContaining([
        'enterprises/newlySettled',
        'enterprises/aboveScaleIndustry',
        'testMoney/fundsRaised',
      ]),
    );
    expect(subjects.find((s) => s.code === 'newlySettled')).toMatchObject({
      nameZh: '新入驻企业数',
      unit: '家',
      scale: 0,
    });
  });
});

describe('GET /api/v1/targets/progress', () => {
  beforeAll(async () => {
    const [p1, p2] = t.subParkIds;
    // Settled in 2026 through May: 01-05, 02-28 (park 1), 03-31, 05-31 (park 2) = 4. Outside: 2025-12-31, 06-01, none.
    const ids: string[] = [];
    for (const [settledOn, subParkId] of [
      ['2026-01-05', p1],
      ['2026-02-28', p1],
      ['2026-03-31', p2],
      ['2026-05-31', p2],
      ['2026-06-01', p2],
      ['2025-12-31', p1],
      [null, p1],
    ] as const)
      ids.push(await registerEnterprise(t.app, stats, { settledOn, subParkId }));
    // 规上 2026: enterprises 1 and 3; enterprise 2 only for 2025; enterprise 4's was revoked. Actual 2.
    const aboveScale = (id: string, year: number) =>
      call(stats, 'POST', `/enterprises/${id}/qualifications`, {
        kind: 'aboveScale',
        year,
        certificateNo: '',
        validFrom: null,
        validTo: null,
        board: null,
      });
    for (const [i, year] of [
      [0, 2026],
      [2, 2026],
      [1, 2025],
    ] as const)
      await aboveScale(ids[i]!, year);
    const revoked = (await aboveScale(ids[3]!, 2026)).json() as { id: string; version: number };
    await call(stats, 'POST', `/enterprises/${ids[3]}/qualifications/${revoked.id}/revoke`, {
      version: revoked.version,
    });

    for (const payload of [
      target(),
      target({ subjectCode: 'aboveScaleIndustry', targetValue: 3, note: null }),
      // 1,000,000万元 = 10^6 × 10^6 分 = 10^12 分.
      target({ subjectKind: 'testMoney', subjectCode: 'fundsRaised', targetValue: 1_000_000_000_000 }),
      target({ subjectKind: 'testMoney', subjectCode: 'unreported', targetValue: 5_000_000 }),
    ])
      expect((await call(stats, 'POST', '/targets', payload)).statusCode).toBe(201);
  });

  it('1–5月: 4 of 10 settled is 40.0%, 序时进度 41.7%, 1.7 points behind', async () => {
    const row = await progressOf(safety, 5);
    expect(row).toMatchObject({
      actual: 4,
      targetValue: 10,
      completionRate: 0.4,
      gapPoints: -1.7,
      standing: 'behind',
    });
    expect(row?.timeElapsedProgress).toBeCloseTo(5 / 12, 12);
    expect(row?.subject).toMatchObject({ nameZh: '新入驻企业数', unit: '家', scale: 0 });
  });

  it('1–3月: 3 settled is 30.0% against 25.0%, 5.0 points ahead; 1–12月: 5 is 50.0 points behind', async () => {
    expect(await progressOf(safety, 3)).toMatchObject({
      actual: 3,
      completionRate: 0.3,
      timeElapsedProgress: 0.25,
      gapPoints: 5,
      standing: 'ahead',
    });
    expect(await progressOf(safety, 12)).toMatchObject({
      actual: 5,
      completionRate: 0.5,
      timeElapsedProgress: 1,
      gapPoints: -50,
      standing: 'behind',
    });
  });

  it('counts within the caller’s scope: park 1 has 2 of 10 by May, 21.7 points behind', async () => {
    expect(await progressOf(parkOne, 5)).toMatchObject({
      actual: 2,
      completionRate: 0.2,
      gapPoints: -21.7,
      standing: 'behind',
    });
    seenScopes.length = 0;
    await progressOf(parkOne, 5);
    expect(seenScopes).toEqual(['subParks', 'subParks']);
  });

  it('counts 规上 of the year only, held and not revoked: 2 of 3 by June is 16.7 points ahead', async () => {
    const row = await progressOf(safety, 6, 'aboveScaleIndustry');
    expect(row).toMatchObject({ actual: 2, gapPoints: 16.7, standing: 'ahead', note: null });
    expect(row?.completionRate).toBeCloseTo(2 / 3, 12);
  });

  it('money in 分: 523,456.78万元 of 1,000,000万元 is 52.3%, 2.3 points over 50.0%', async () => {
    const row = await progressOf(safety, 6, 'fundsRaised');
    expect(row).toMatchObject({
      targetValue: 1_000_000_000_000,
      actual: MONEY_TO_DATE,
      gapPoints: 2.3,
      standing: 'ahead',
    });
    expect(row?.completionRate).toBeCloseTo(0.52345678, 12);
    expect(row?.subject).toMatchObject({ unit: '万元', scale: 6 });
  });

  it('an unknown actual leaves the rate, gap and standing unknown', async () => {
    expect(await progressOf(safety, 6, 'unreported')).toMatchObject({
      actual: null,
      completionRate: null,
      gapPoints: null,
      standing: 'unknown',
      timeElapsedProgress: 0.5,
    });
    expect(await progressOf(safety, 5, 'fundsRaised')).toMatchObject({ actual: null, standing: 'unknown' });
  });

  it('refuses a month or year out of range', async () => {
    for (const query of ['year=2026&month=13', 'year=2026&month=0', 'year=1999&month=5', 'year=2026'])
      expect((await call(safety, 'GET', `/targets/progress?${query}`)).statusCode, query).toBe(400);
  });
});
