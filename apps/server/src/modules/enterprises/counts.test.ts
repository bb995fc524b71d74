import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';
import { registerEnterprise } from './enterprises.test-support.js';

// Four enterprises with dated lifecycles, counted by hand at three dates:
// E1 P1 内资: 签约 2024-01-10, 在建 2024-03-01, 投产 2025-01-15; 规上 2025; 高新 2024-06-01..2027-05-31
// E2 P1 外资: 签约 2024-02-01, 投产 2024-08-01, 停产 2025-06-01, 迁出 2025-09-01; 规上 2024 and 2025
// E3 P2 港澳台: 签约 2025-02-01; 上市 2025-03-01..2099-12-31
// E4 P2 内资: 签约 2023-05-01, 投产 2023-10-01, 注销 2024-12-31; 高新 2022-01-01..2024-12-31
let t: TestApp;
let cookie: string;

beforeAll(async () => {
  t = await buildTestApp();
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  cookie = await loginAs(t.app, 'stats');
  const [p1, p2] = t.subParkIds;
  const status = async (id: string, to: string, effectiveOn: string) => {
    const current = (
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${id}`, headers: { cookie } })
    ).json();
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${id}/status`,
      headers: { cookie },
      payload: { status: to, effectiveOn, note: '', version: current.version },
    });
    expect(r.statusCode, r.body).toBe(200);
  };
  const qualify = async (id: string, body: object) => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${id}/qualifications`,
      headers: { cookie },
      payload: { year: null, certificateNo: 'X', validFrom: null, validTo: null, board: null, ...body },
    });
    expect(r.statusCode, r.body).toBe(201);
  };
  const e1 = await registerEnterprise(t.app, cookie, { subParkId: p1, statusSince: '2024-01-10' });
  await status(e1, 'underConstruction', '2024-03-01');
  await status(e1, 'inProduction', '2025-01-15');
  await qualify(e1, { kind: 'aboveScale', year: 2025 });
  await qualify(e1, { kind: 'highTech', validFrom: '2024-06-01', validTo: '2027-05-31' });
  const e2 = await registerEnterprise(t.app, cookie, {
    subParkId: p1,
    ownership: 'foreign',
    statusSince: '2024-02-01',
  });
  await status(e2, 'inProduction', '2024-08-01');
  await status(e2, 'suspended', '2025-06-01');
  await status(e2, 'movedOut', '2025-09-01');
  await qualify(e2, { kind: 'aboveScale', year: 2024 });
  await qualify(e2, { kind: 'aboveScale', year: 2025 });
  const e3 = await registerEnterprise(t.app, cookie, {
    subParkId: p2,
    ownership: 'hkMacauTaiwan',
    statusSince: '2025-02-01',
  });
  await qualify(e3, { kind: 'listed', validFrom: '2025-03-01', validTo: '2099-12-31', board: '创业板' });
  const e4 = await registerEnterprise(t.app, cookie, { subParkId: p2, statusSince: '2023-05-01' });
  await status(e4, 'inProduction', '2023-10-01');
  await status(e4, 'deregistered', '2024-12-31');
  await qualify(e4, { kind: 'highTech', validFrom: '2022-01-01', validTo: '2024-12-31' });
});
afterAll(async () => {
  await t.close();
});

const counts = async (query: string) =>
  (
    await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/counts?${query}`, headers: { cookie } })
  ).json();
const numbers = (g: Record<string, unknown>) => {
  const { groupKey: _k, groupName: _n, ...rest } = g;
  return rest;
};

describe('GET /api/v1/enterprises/counts', () => {
  it('counts as of 2024-06-30 from the dated history', async () => {
    const [all] = await counts('asOf=2024-06-30');
    expect(numbers(all)).toEqual({
      settled: 3,
      underConstruction: 1,
      inProduction: 1,
      aboveScale: 1,
      highTech: 2,
      foreignFunded: 1,
      listed: 0,
    });
  });

  it('counts as of 2025-06-30, overall and by sub-park', async () => {
    const [all] = await counts('asOf=2025-06-30');
    expect(numbers(all)).toEqual({
      settled: 3,
      underConstruction: 0,
      inProduction: 1,
      aboveScale: 2,
      highTech: 1,
      foreignFunded: 2,
      listed: 1,
    });
    const bySubPark = await counts('asOf=2025-06-30&groupBy=subPark');
    expect(bySubPark.map((g: Record<string, unknown>) => [g.groupKey, numbers(g)])).toEqual(
      [
        [
          t.subParkIds[0],
          {
            settled: 2,
            underConstruction: 0,
            inProduction: 1,
            aboveScale: 2,
            highTech: 1,
            foreignFunded: 1,
            listed: 0,
          },
        ],
        [
          t.subParkIds[1],
          {
            settled: 1,
            underConstruction: 0,
            inProduction: 0,
            aboveScale: 0,
            highTech: 0,
            foreignFunded: 1,
            listed: 1,
          },
        ],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('counts as of 2025-12-31, after a move-out', async () => {
    const [all] = await counts('asOf=2025-12-31');
    expect(numbers(all)).toEqual({
      settled: 2,
      underConstruction: 0,
      inProduction: 1,
      aboveScale: 1,
      highTech: 1,
      foreignFunded: 1,
      listed: 1,
    });
  });

  it('groups by industry 门类', async () => {
    const byIndustry = await counts('asOf=2025-06-30&groupBy=industry');
    expect(byIndustry).toHaveLength(1);
    expect(byIndustry[0]).toMatchObject({ groupKey: 'C', settled: 3 });
  });

  it('counts nothing before anyone settled', async () => {
    const [all] = await counts('asOf=2020-01-01');
    expect(all.settled).toBe(0);
  });

  it('is limited to the caller’s sub-parks', async () => {
    await createUser(t.app, {
      username: 'p2',
      roleCodes: ['economic'],
      scope: { kind: 'subParks', subParkIds: [t.subParkIds[1]] },
    });
    const p2 = await loginAs(t.app, 'p2');
    const [all] = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/enterprises/counts?asOf=2025-06-30',
        headers: { cookie: p2 },
      })
    ).json();
    expect(all.settled).toBe(1);
  });
});
