import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvestmentDrillRow, InvestmentStatsSummary } from '@kaifaqu/contracts';
import { ManualClock } from '../../../platform/clock.js';
import { newId } from '../../../platform/ids.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';

// Projects (planned investment in 万元, industry class, sub-park) and their dated stage histories:
//
//  P1 15000 3911 p1  negotiating 2025-11-10, signed 02-15, started 04-10, inProduction 08-01
//  P2 20000 3911 p2  negotiating 01-05, signed 03-01, back to negotiating 04-01, signed again 05-20
//  P3 12000 6510 p1  negotiating 2025-06-01, started 05-31 (skipped 签约: counts as signed 05-31)
//  P4 30000 3911 p2  negotiating 2025-12-01, signed 01-10, terminated 04-15
//  P5  5000 2611 p1  signed 2025-12-20, started 02-01, inProduction 05-10
//  P6 100000 3911 p3 negotiating 03-01 (a USD project, still negotiating)
//  P7  1500 3911 p1  signed 06-10, inProduction 11-01
//  P8 government works, signed 02-01 — never counted
//  P9 10000 3911 —   lead 01-01, negotiating 02-01, signed 07-01 (type expansion, no sub-park)
// (dates 2026 unless written.)
//
// Worked by hand:
//  1–5月, ≥1亿:  signed P1 P2 P3 = 3 (P4 terminated by 05-31), 47000万; started P1 P3 = 2;
//                inProduction 0; negotiating on 05-31 P6 P9 = 2.
//  1–3月, ≥1亿:  signed P1 P2 P4 = 3 (P4's termination is after the range).
//  3月, all:     signed P2 = 1; started 0; negotiating on 03-31 P3 P6 P9 = 3.
//  5月, all:     signed P3 = 1 (P2's second signing in May does not count again).
//  2026, 制造业 ≥2000万: inProduction P1 P5 = 2 (P7 is below 2000万); 1–5月: P5 = 1.
//  2026, all:    signed P1 P2 P3 P7 P9 = 5 — by sub-park p1 3 (P1 P3 P7), p2 1 (P2), none 1 (P9);
//                by size band 1–5亿 4 (P1 P2 P3 P9, 1亿 exactly is 亿元以上), <2000万 1 (P7).
// Funds (万元): P1 2026-03 省外 8000, 2026-06 省外 2000; P2 2026-04 省内 3000; P5 2026-02 省外 1000;
//  P6 2026-05 外资 7100 = 1000万美元; P9 2025-12 省外 500.
//  1–5月 ≥1亿: 省外 8000 (P5 is below 1亿), 省内 3000, 外资 7100 and 1000万美元. All projects: 省外 9000.
// Activities: receptions 2026-01-15, 05-31 (in 1–5月), 06-01, 2025-12-31; trip 03-10; event 04-01.

const WAN = 1_000_000; // 分 per 万元
let t: TestApp;
let invest: string;
let parkOne: string;
let firm: string;
let stats: string;
const ids: Record<string, string> = {};

type Method = 'GET' | 'POST';
const call = (cookie: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
const summary = async (query: string, cookie = invest) => {
  const res = await call(cookie, 'GET', `/investment-stats/summary?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as InvestmentStatsSummary;
};
const drill = async (query: string, cookie = invest) => {
  const res = await call(cookie, 'GET', `/investment-stats/projects?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as InvestmentDrillRow[];
};
const names = (rows: InvestmentDrillRow[]) => rows.map((r) => r.name).sort();

async function project(
  name: string,
  wan: number,
  industry: string,
  subPark: string | null,
  history: [string, string][],
  options: { kind?: 'investment' | 'government'; type?: string } = {},
): Promise<void> {
  const id = newId();
  ids[name] = id;
  const at = t.clock.now().toISOString();
  const [lastStage, lastOn] = history.at(-1)!;
  await t.app.ctx.db
    .insertInto('projects')
    .values({
      id,
      code: `T-${name}`,
      name,
      kind: options.kind ?? 'investment',
      project_type: options.type ?? 'newBuild',
      works_category: null,
      investor_id: null,
      lead_id: null,
      agent_id: null,
      promotion_event_id: null,
      enterprise_id: null,
      industry_code: industry,
      sub_park_id: subPark,
      department_id: t.departmentIds.office,
      currency: 'CNY',
      planned_investment: wan * WAN,
      planned_investment_cny_fen: wan * WAN,
      signed_amount: null,
      signed_amount_cny_fen: null,
      stage: lastStage,
      stage_since: lastOn,
      termination_reason: null,
      is_key: 0,
      leader_name: '',
      owner_user_id: null,
      works_quantity_unit: null,
      works_planned_quantity_centi: null,
      description: '',
      created_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  let from: string | null = null;
  for (const [stage, on] of history) {
    await t.app.ctx.db
      .insertInto('project_stage_events')
      .values({
        id: newId(),
        project_id: id,
        from_stage: from,
        stage,
        entered_on: on,
        note: '',
        recorded_by: null,
        recorded_at: at,
      })
      .execute();
    from = stage;
  }
}

async function funds(
  name: string,
  period: string,
  origin: 'inProvince' | 'outOfProvince' | 'foreign',
  wan: number,
  usdWan?: number,
) {
  const at = t.clock.now().toISOString();
  await t.app.ctx.db
    .insertInto('project_funds')
    .values({
      id: newId(),
      project_id: ids[name]!,
      period,
      origin,
      amount_cny_fen: wan * WAN,
      amount_usd_cents: usdWan === undefined ? null : usdWan * WAN,
      note: '',
      recorded_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

async function activity(kind: 'reception' | 'trip' | 'promotionEvent', on: string) {
  const at = t.clock.now().toISOString();
  await t.app.ctx.db
    .insertInto('investment_activities')
    .values({
      id: newId(),
      kind,
      title: `${kind} ${on}`,
      started_on: on,
      ended_on: on,
      place: '',
      participants: '',
      counterparts: '',
      investor_ids: '[]',
      outcome: '',
      department_id: t.departmentIds.office,
      created_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

beforeAll(async () => {
  t = await buildTestApp({ clock: new ManualClock('2026-12-20T02:00:00.000Z') });
  const [p1, p2, p3] = t.subParkIds;
  await createUser(t.app, { username: 'invest', roleCodes: ['investment'] });
  await createUser(t.app, {
    username: 'park1',
    roleCodes: ['investment'],
    scope: { kind: 'subParks', subParkIds: [p1] },
  });
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  invest = await loginAs(t.app, 'invest');
  stats = await loginAs(t.app, 'stats');
  parkOne = await loginAs(t.app, 'park1');
  const enterpriseId = await registerEnterprise(t.app, invest, { subParkId: p1 });
  await createUser(t.app, {
    username: 'firm',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId },
  });
  firm = await loginAs(t.app, 'firm');

  await project('P1', 15_000, '3911', p1, [
    ['negotiating', '2025-11-10'],
    ['signed', '2026-02-15'],
    ['started', '2026-04-10'],
    ['inProduction', '2026-08-01'],
  ]);
  await project('P2', 20_000, '3911', p2, [
    ['negotiating', '2026-01-05'],
    ['signed', '2026-03-01'],
    ['negotiating', '2026-04-01'],
    ['signed', '2026-05-20'],
  ]);
  await project('P3', 12_000, '6510', p1, [
    ['negotiating', '2025-06-01'],
    ['started', '2026-05-31'],
  ]);
  await project('P4', 30_000, '3911', p2, [
    ['negotiating', '2025-12-01'],
    ['signed', '2026-01-10'],
    ['terminated', '2026-04-15'],
  ]);
  await project('P5', 5_000, '2611', p1, [
    ['signed', '2025-12-20'],
    ['started', '2026-02-01'],
    ['inProduction', '2026-05-10'],
  ]);
  await project('P6', 100_000, '3911', p3, [['negotiating', '2026-03-01']]);
  await project('P7', 1_500, '3911', p1, [
    ['signed', '2026-06-10'],
    ['inProduction', '2026-11-01'],
  ]);
  await project('P8', 50_000, '4810', p1, [['signed', '2026-02-01']], { kind: 'government' });
  await project(
    'P9',
    10_000,
    '3911',
    null,
    [
      ['lead', '2026-01-01'],
      ['negotiating', '2026-02-01'],
      ['signed', '2026-07-01'],
    ],
    { type: 'expansion' },
  );
  await funds('P1', '2026-03', 'outOfProvince', 8_000);
  await funds('P1', '2026-06', 'outOfProvince', 2_000);
  await funds('P2', '2026-04', 'inProvince', 3_000);
  await funds('P5', '2026-02', 'outOfProvince', 1_000);
  await funds('P6', '2026-05', 'foreign', 7_100, 1_000);
  await funds('P9', '2025-12', 'outOfProvince', 500);
  for (const on of ['2026-01-15', '2026-05-31', '2026-06-01', '2025-12-31']) await activity('reception', on);
  await activity('trip', '2026-03-10');
  await activity('promotionEvent', '2026-04-01');
});
afterAll(async () => {
  await t.close();
});

const JAN_MAY = 'from=2026-01-01&to=2026-05-31';
const YEAR = 'from=2026-01-01&to=2026-12-20';

describe('GET /investment-stats/summary', () => {
  it('1–5月 亿元以上: 3 signed (47000万), 2 started, 0 in production, 2 negotiating; funds and activities', async () => {
    const s = await summary(`${JAN_MAY}&minInvestmentWan=10000`);
    expect(s.total).toEqual({
      signed: { count: 3, plannedInvestmentCnyFen: 47_000 * WAN },
      started: { count: 2, plannedInvestmentCnyFen: 27_000 * WAN },
      inProduction: { count: 0, plannedInvestmentCnyFen: 0 },
      negotiating: { count: 2, plannedInvestmentCnyFen: 110_000 * WAN },
      funds: {
        inProvinceCnyFen: 3_000 * WAN,
        outOfProvinceCnyFen: 8_000 * WAN,
        foreignCnyFen: 7_100 * WAN,
        foreignUsdCents: 1_000 * WAN,
      },
    });
    expect(s.activities).toEqual({ receptions: 2, trips: 1, promotionEvents: 1 });
    expect(s.groups).toEqual([]);
  });

  it('ranges cutting through histories: termination after the range, 3月, and a second signing in 5月', async () => {
    expect((await summary('from=2026-01-01&to=2026-03-31&minInvestmentWan=10000')).total.signed.count).toBe(
      3,
    );
    const march = await summary('from=2026-03-01&to=2026-03-31');
    expect(march.total.signed.count).toBe(1);
    expect(march.total.started.count).toBe(0);
    expect(march.total.negotiating.count).toBe(3);
    const may = await summary('from=2026-05-01&to=2026-05-31');
    expect(may.total.signed.count).toBe(1);
    expect(names(await drill('metric=signed&from=2026-05-01&to=2026-05-31'))).toEqual(['P3']);
  });

  it('manufacturing of 2000万+ put into production: 2 in the year, 1 by May; all projects: 省外 9000万', async () => {
    const q = 'minInvestmentWan=2000&manufacturingOnly=true';
    expect((await summary(`${YEAR}&${q}`)).total.inProduction.count).toBe(2);
    expect((await summary(`${JAN_MAY}&${q}`)).total.inProduction.count).toBe(1);
    expect((await summary(JAN_MAY)).total.funds.outOfProvinceCnyFen).toBe(9_000 * WAN);
    expect((await summary(`${YEAR}&industry=65`)).total.signed.count).toBe(1);
    expect((await summary(`${YEAR}&projectType=expansion`)).total.signed.count).toBe(1);
    expect((await summary(`${YEAR}&subParkId=${t.subParkIds[1]}`)).total.signed.count).toBe(1);
  });

  it('groups add up to the total, by sub-park and size band as worked out', async () => {
    for (const groupBy of ['subPark', 'industry', 'projectType', 'sizeBand']) {
      const s = await summary(`${YEAR}&groupBy=${groupBy}`);
      for (const metric of ['signed', 'started', 'inProduction', 'negotiating'] as const) {
        expect(s.groups.reduce((n, g) => n + g.figures[metric].count, 0)).toBe(s.total[metric].count);
        expect(s.groups.reduce((n, g) => n + g.figures[metric].plannedInvestmentCnyFen, 0)).toBe(
          s.total[metric].plannedInvestmentCnyFen,
        );
      }
      for (const origin of [
        'inProvinceCnyFen',
        'outOfProvinceCnyFen',
        'foreignCnyFen',
        'foreignUsdCents',
      ] as const)
        expect(s.groups.reduce((n, g) => n + g.figures.funds[origin], 0)).toBe(s.total.funds[origin]);
    }
    const bySubPark = await summary(`${YEAR}&groupBy=subPark`);
    expect(bySubPark.total.signed.count).toBe(5);
    const signed = Object.fromEntries(bySubPark.groups.map((g) => [g.key ?? 'none', g.figures.signed.count]));
    expect(signed).toEqual({ [t.subParkIds[0]]: 3, [t.subParkIds[1]]: 1, [t.subParkIds[2]]: 0, none: 1 });
    const bands = await summary(`${YEAR}&groupBy=sizeBand`);
    const band = (key: string) => bands.groups.find((g) => g.key === key)?.figures;
    expect(band('from100mTo500m')?.signed.count).toBe(4);
    expect(band('below20m')?.signed.count).toBe(1);
    expect(band('atLeast1b')?.negotiating.count).toBe(1);
    expect(band('from20mTo100m')?.started.count).toBe(1);
    expect(bands.groups.find((g) => g.key === 'from20mTo100m')?.name).toBe('2000万元至1亿元');
  });

  it('the funnel counts every investment project by its stage on `to`', async () => {
    const s = await summary('from=2026-01-01&to=2026-05-31');
    const stages = Object.fromEntries(s.stages.map((x) => [x.stage, x.count]));
    // P1 started, P2 signed, P3 started, P4 terminated, P5 inProduction, P6 and P9 negotiating; P7 not yet.
    expect(stages).toMatchObject({
      negotiating: 2,
      signed: 1,
      started: 2,
      inProduction: 1,
      terminated: 1,
      lead: 0,
    });
  });

  it('refuses a reversed or impossible range with a stable code', async () => {
    for (const q of ['from=2026-05-01&to=2026-04-30', 'from=2026-02-30&to=2026-03-01']) {
      const res = await call(invest, 'GET', `/investment-stats/summary?${q}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('INVESTMENT_STATS_BAD_RANGE');
    }
    expect((await call(invest, 'GET', '/investment-stats/summary?from=2026-01-01')).statusCode).toBe(400);
  });
});

describe('GET /investment-stats/projects', () => {
  it('lists exactly the projects each figure counted', async () => {
    const q = `${JAN_MAY}&minInvestmentWan=10000`;
    const signed = await drill(`metric=signed&${q}`);
    expect(names(signed)).toEqual(['P1', 'P2', 'P3']);
    expect(signed.find((r) => r.name === 'P2')?.reachedOn).toBe('2026-03-01');
    expect(signed.find((r) => r.name === 'P3')).toMatchObject({ reachedOn: '2026-05-31', stage: 'started' });
    expect(names(await drill(`metric=started&${q}`))).toEqual(['P1', 'P3']);
    expect(names(await drill(`metric=negotiating&${q}`))).toEqual(['P6', 'P9']);
    expect(await drill(`metric=inProduction&${q}`)).toEqual([]);
    expect(await drill(`metric=fundsOutOfProvince&${q}`)).toEqual([
      expect.objectContaining({ name: 'P1', fundsCnyFen: 8_000 * WAN, fundsUsdCents: null }),
    ]);
    expect(await drill(`metric=fundsForeign&${JAN_MAY}`)).toEqual([
      expect.objectContaining({ name: 'P6', fundsCnyFen: 7_100 * WAN, fundsUsdCents: 1_000 * WAN }),
    ]);
    const year = await summary(`${YEAR}&groupBy=subPark`);
    for (const metric of ['signed', 'started', 'inProduction', 'negotiating'] as const)
      expect((await drill(`metric=${metric}&${YEAR}`)).length).toBe(year.total[metric].count);
  });
});

describe('data scope', () => {
  it('a sub-park user counts only its sub-park’s projects; activities are zone-level records', async () => {
    const s = await summary(JAN_MAY, parkOne);
    expect(s.total.signed.count).toBe(2);
    expect(s.total.funds.outOfProvinceCnyFen).toBe(9_000 * WAN);
    expect(s.activities).toEqual({ receptions: 2, trips: 1, promotionEvents: 1 });
    expect(names(await drill(`metric=signed&${JAN_MAY}`, parkOne))).toEqual(['P1', 'P3']);
    expect(await drill(`metric=negotiating&${JAN_MAY}`, parkOne)).toEqual([]);
  });

  it('an enterprise user lacks investment:read: 403', async () => {
    expect((await call(firm, 'GET', `/investment-stats/summary?${JAN_MAY}`)).statusCode).toBe(403);
    expect((await call(firm, 'GET', `/investment-stats/projects?metric=signed&${JAN_MAY}`)).statusCode).toBe(
      403,
    );
  });
});

describe('targets of kind projects', () => {
  it('1–5月: 3 of 5 亿元以上 signed is 60% against 序时进度 41.7%; USD and 省外 funds in their units', async () => {
    const target = (subjectCode: string, targetValue: number) =>
      call(stats, 'POST', '/targets', {
        year: 2026,
        subjectKind: 'projects',
        subjectCode,
        targetValue,
        ownerDepartmentId: t.departmentIds.office,
        note: null,
      });
    expect((await target('signedOver100m', 5)).statusCode).toBe(201);
    expect((await target('foreignInvestmentUsd', 2_000 * WAN)).statusCode).toBe(201); // 2000万美元 in cents
    expect((await target('fundsOutOfProvinceOver100m', 40_000 * WAN)).statusCode).toBe(201); // 4亿元 in 分
    expect((await target('inProductionManufacturingOver20m', 4)).statusCode).toBe(201);
    const res = await call(invest, 'GET', '/targets/progress?year=2026&month=5');
    expect(res.statusCode).toBe(200);
    const rows = res.json() as { subjectCode: string; [k: string]: unknown }[];
    const row = (code: string) => rows.find((r) => r.subjectCode === code);
    expect(row('signedOver100m')).toMatchObject({
      actual: 3,
      completionRate: 0.6,
      gapPoints: 18.3,
      standing: 'ahead',
    });
    expect(row('signedOver100m')?.subject).toMatchObject({
      nameZh: '新签约亿元以上项目',
      unit: '个',
      scale: 0,
    });
    expect(row('foreignInvestmentUsd')).toMatchObject({ actual: 1_000 * WAN, completionRate: 0.5 });
    expect(row('fundsOutOfProvinceOver100m')).toMatchObject({ actual: 8_000 * WAN, completionRate: 0.2 });
    expect(row('inProductionManufacturingOver20m')).toMatchObject({ actual: 1, completionRate: 0.25 });
    const park = (await call(parkOne, 'GET', '/targets/progress?year=2026&month=5')).json() as typeof rows;
    expect(park.find((r) => r.subjectCode === 'signedOver100m')).toMatchObject({
      actual: 2,
      completionRate: 0.4,
    });
  });
});
