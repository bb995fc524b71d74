import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SafetyFigures, SafetyStats, SafetyTrend } from '@kaifaqu/contracts';
import { ManualClock } from '../../../platform/clock.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';
import { insertHazard, insertInspection, insertNotice } from './safety-stats.test-support.js';

// Hand-worked fixture; today is 2026-05-20 (Q2 running, so Q2's overdue is judged on 05-20).
// A and B in 第1园区, C in 第2园区.
//  h1 A fire        general found 01-10 deadline 01-31 closed 01-25
//  h2 A electrical  general found 02-05 deadline 02-28 closed 04-10   ← found Q1, rectified Q2
//  h3 B fire        major   found 03-01 deadline 06-30 open, 挂牌督办
//  h4 C machinery   general found 03-20 deadline 04-15 open           ← overdue in Q2, not in Q1
//  h5 C fire        general found 04-02 deadline 04-20 closed 04-18
//  h6 A electrical  major   found 04-10 deadline 05-10 open           ← overdue and major in Q2
//  h7 B fire        general found 2025-12-20 deadline 01-10 closed 02-01 ← only Q1's closedInPeriod
//  h8 B other       general found 2025-11-01 closed 2025-12-01         ← outside every 2026 window
// Inspections (completed): A 01-10, A 02-05, B 03-01, C 03-20, C 04-02, A 04-10; C 03-25 draft.
// Notices: A 02-06, C 03-21, A 04-11.
//
// Q1 (asOf 03-31): found 4 (h1–h4), rectified 1 (h1) = 25.00%, closed in Q1 2 (h1, h7),
//   overdue 1 (h2), major open 1 (h3), supervised 1 (h3), inspections 4 of 3 enterprises, notices 2.
// Q2 (asOf 05-20): found 2 (h5, h6), rectified 1 (h5) = 50.00%, closed in Q2 2 (h2, h5),
//   overdue 2 (h4, h6), major open 2 (h3, h6), inspections 2 of 2 enterprises, notices 1.

let t: TestApp;
let staff: string;
const ids = { A: '', B: '', C: '' };

beforeAll(async () => {
  t = await buildTestApp({ clock: new ManualClock('2026-05-20T02:00:00.000Z') });
  const [park1, park2] = t.subParkIds;
  await createUser(t.app, { username: 'stats', roleCodes: ['economic'] });
  const registrar = await loginAs(t.app, 'stats');
  ids.A = await registerEnterprise(t.app, registrar, { name: '甲公司', subParkId: park1 });
  ids.B = await registerEnterprise(t.app, registrar, { name: '乙公司', subParkId: park1 });
  ids.C = await registerEnterprise(t.app, registrar, { name: '丙公司', subParkId: park2 });
  await createUser(t.app, { username: 'safe', roleCodes: ['safety'] });
  staff = await loginAs(t.app, 'safe');

  const h = (
    e: 'A' | 'B' | 'C',
    rest: Omit<Parameters<typeof insertHazard>[1], 'enterpriseId' | 'subParkId'>,
  ) => insertHazard(t.app, { enterpriseId: ids[e], subParkId: e === 'C' ? park2 : park1, ...rest });
  await h('A', {
    category: 'fire',
    grade: 'general',
    foundOn: '2026-01-10',
    deadline: '2026-01-31',
    closedOn: '2026-01-25',
  });
  await h('A', {
    category: 'electrical',
    grade: 'general',
    foundOn: '2026-02-05',
    deadline: '2026-02-28',
    closedOn: '2026-04-10',
  });
  await h('B', {
    category: 'fire',
    grade: 'major',
    foundOn: '2026-03-01',
    deadline: '2026-06-30',
    supervised: true,
  });
  await h('C', { category: 'machinery', grade: 'general', foundOn: '2026-03-20', deadline: '2026-04-15' });
  await h('C', {
    category: 'fire',
    grade: 'general',
    foundOn: '2026-04-02',
    deadline: '2026-04-20',
    closedOn: '2026-04-18',
  });
  await h('A', { category: 'electrical', grade: 'major', foundOn: '2026-04-10', deadline: '2026-05-10' });
  await h('B', {
    category: 'fire',
    grade: 'general',
    foundOn: '2025-12-20',
    deadline: '2026-01-10',
    closedOn: '2026-02-01',
  });
  await h('B', {
    category: 'other',
    grade: 'general',
    foundOn: '2025-11-01',
    deadline: '2025-11-30',
    closedOn: '2025-12-01',
  });

  const i = (e: 'A' | 'B' | 'C', on: string, status?: 'draft') =>
    insertInspection(t.app, { enterpriseId: ids[e], subParkId: e === 'C' ? park2 : park1, on, status });
  for (const [e, on] of [
    ['A', '2026-01-10'],
    ['A', '2026-02-05'],
    ['B', '2026-03-01'],
    ['C', '2026-03-20'],
    ['C', '2026-04-02'],
    ['A', '2026-04-10'],
  ] as const)
    await i(e, on);
  await i('C', '2026-03-25', 'draft');

  await insertNotice(t.app, { enterpriseId: ids.A, subParkId: park1, issuedOn: '2026-02-06' });
  await insertNotice(t.app, { enterpriseId: ids.C, subParkId: park2, issuedOn: '2026-03-21' });
  await insertNotice(t.app, { enterpriseId: ids.A, subParkId: park1, issuedOn: '2026-04-11' });
});
afterAll(async () => {
  await t.close();
});

async function stats(cookie: string, query: string): Promise<SafetyStats> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/safety-stats?${query}`,
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const figures = (f: Partial<SafetyFigures>): SafetyFigures => ({
  inspections: 0,
  enterprisesInspected: 0,
  found: 0,
  rectified: 0,
  rateBp: null,
  closedInPeriod: 0,
  overdue: 0,
  noticesIssued: 0,
  majorOpen: 0,
  supervisedOpen: 0,
  ...f,
});

const Q1 = figures({
  inspections: 4,
  enterprisesInspected: 3,
  found: 4,
  rectified: 1,
  rateBp: 2500,
  closedInPeriod: 2,
  overdue: 1,
  noticesIssued: 2,
  majorOpen: 1,
  supervisedOpen: 1,
});

describe('GET /safety-stats', () => {
  it('counts a quarter as of its end: a Q1 hazard rectified in Q2 is not rectified in Q1', async () => {
    const s = await stats(staff, 'period=2026Q1');
    expect(s).toMatchObject({ from: '2026-01-01', to: '2026-03-31', asOf: '2026-03-31', groupBy: 'none' });
    expect(s.total).toEqual(Q1);
    expect(s.groups).toEqual([]);
  });

  it('judges a running quarter on today and counts the Q1 hazard among its closures', async () => {
    const s = await stats(staff, 'period=2026Q2');
    expect(s.asOf).toBe('2026-05-20');
    expect(s.total).toEqual(
      figures({
        inspections: 2,
        enterprisesInspected: 2,
        found: 2,
        rectified: 1,
        rateBp: 5000,
        closedInPeriod: 2,
        overdue: 2,
        noticesIssued: 1,
        majorOpen: 2,
        supervisedOpen: 1,
      }),
    );
  });

  it('defaults to the current quarter and takes explicit dates', async () => {
    expect((await stats(staff, '')).from).toBe('2026-04-01');
    const year = await stats(staff, 'from=2026-01-01&to=2026-12-31');
    expect(year.total).toMatchObject({
      found: 6,
      rectified: 3,
      rateBp: 5000,
      closedInPeriod: 4,
      overdue: 2,
      majorOpen: 2,
    });
    expect(year.total).toMatchObject({ inspections: 6, enterprisesInspected: 3, noticesIssued: 3 });
    // A period with nothing found has no rate.
    expect((await stats(staff, 'period=2025-10')).total).toMatchObject({ found: 0, rateBp: null });
  });

  it('splits by sub-park; the groups add up to the total', async () => {
    const s = await stats(staff, 'period=2026Q1&groupBy=subPark');
    expect(s.groups.map((g) => [g.key, g.name])).toEqual([
      [t.subParkIds[0], '第1园区'],
      [t.subParkIds[1], '第2园区'],
    ]);
    expect(s.groups[0]!.figures).toEqual(
      figures({
        inspections: 3,
        enterprisesInspected: 2,
        found: 3,
        rectified: 1,
        rateBp: 3333,
        closedInPeriod: 2,
        overdue: 1,
        noticesIssued: 1,
        majorOpen: 1,
        supervisedOpen: 1,
      }),
    );
    expect(s.groups[1]!.figures).toEqual(
      figures({ inspections: 1, enterprisesInspected: 1, found: 1, rateBp: 0, noticesIssued: 1 }),
    );
    expect(s.total).toEqual(Q1);
    for (const key of [
      'inspections',
      'found',
      'rectified',
      'closedInPeriod',
      'overdue',
      'noticesIssued',
      'majorOpen',
    ] as const)
      expect(s.groups.reduce((sum, g) => sum + g.figures[key]!, 0)).toBe(s.total[key]);
  });

  it('splits by enterprise, category and grade', async () => {
    const byEnterprise = await stats(staff, 'period=2026Q1&groupBy=enterprise');
    expect(byEnterprise.groups.map((g) => [g.name, g.figures.found, g.figures.inspections])).toEqual([
      ['甲公司', 2, 2],
      ['丙公司', 1, 1],
      ['乙公司', 1, 1],
    ]);
    const byCategory = await stats(staff, 'period=2026Q1&groupBy=category');
    expect(
      byCategory.groups.map((g) => [
        g.key,
        g.name,
        g.figures.found,
        g.figures.rectified,
        g.figures.closedInPeriod,
      ]),
    ).toEqual([
      ['fire', '消防', 2, 1, 2],
      ['electrical', '电气', 1, 0, 0],
      ['machinery', '机械设备', 1, 0, 0],
    ]);
    // Inspections and notices have no category.
    expect(byCategory.groups[0]!.figures).toMatchObject({ inspections: null, noticesIssued: null });
    const byGrade = await stats(staff, 'period=2026Q1&groupBy=grade');
    expect(
      byGrade.groups.map((g) => [g.name, g.figures.found, g.figures.overdue, g.figures.majorOpen]),
    ).toEqual([
      ['一般隐患', 3, 1, 0],
      ['重大隐患', 1, 0, 1],
    ]);
  });

  it('shows an enterprise only its own figures and a sub-park only its own', async () => {
    await createUser(t.app, {
      username: 'jia',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: ids.A },
    });
    const own = await stats(await loginAs(t.app, 'jia'), 'period=2026Q1&groupBy=enterprise');
    expect(own.total).toEqual(
      figures({
        inspections: 2,
        enterprisesInspected: 1,
        found: 2,
        rectified: 1,
        rateBp: 5000,
        closedInPeriod: 1,
        overdue: 1,
        noticesIssued: 1,
      }),
    );
    expect(own.groups.map((g) => g.key)).toEqual([ids.A]);

    await createUser(t.app, {
      username: 'park2',
      roleCodes: ['safety'],
      scope: { kind: 'subParks', subParkIds: [t.subParkIds[1]] },
    });
    const park = await stats(await loginAs(t.app, 'park2'), 'period=2026Q1&groupBy=subPark');
    expect(park.total).toEqual(
      figures({ inspections: 1, enterprisesInspected: 1, found: 1, rateBp: 0, noticesIssued: 1 }),
    );
    expect(park.groups.map((g) => g.key)).toEqual([t.subParkIds[1]]);
  });

  it('refuses an incoherent period with a stable code', async () => {
    for (const query of [
      'from=2026-04-01&to=2026-03-31',
      'from=2026-01-01',
      'from=2026-02-30&to=2026-03-31',
      'period=2026&from=2026-01-01&to=2026-02-01',
    ]) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/safety-stats?${query}`,
        headers: { cookie: staff },
      });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code).toBe('SAFETY_STATS_BAD_PERIOD');
    }
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/safety-stats?period=2026Q5',
      headers: { cookie: staff },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('is refused without safety:read', async () => {
    await createUser(t.app, { username: 'planner', roleCodes: ['planning'] });
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/safety-stats?period=2026Q1',
      headers: { cookie: await loginAs(t.app, 'planner') },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('GET /safety-stats.xlsx', () => {
  it('exports the same table, groups then the total', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/safety-stats.xlsx?period=2026Q1&groupBy=subPark',
      headers: { cookie: staff },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(1)[0]).toBe('安全生产隐患排查治理统计 2026-01-01 至 2026-03-31');
    expect(row(2)).toEqual([
      '园区',
      '检查次数',
      '检查企业数',
      '发现隐患',
      '已整改',
      '整改率(%)',
      '本期销号',
      '逾期未改',
      '下达整改通知书',
      '重大隐患未销号',
      '挂牌督办未销号',
    ]);
    expect(row(3)).toEqual(['第1园区', 3, 2, 3, 1, 33.3, 2, 1, 1, 1, 1]);
    expect(row(4)).toEqual(['第2园区', 1, 1, 1, 0, 0, 0, 0, 1, 0, 0]);
    expect(row(5)).toEqual(['合计', 4, 3, 4, 1, 25, 2, 1, 2, 1, 1]);
  });
});

describe('GET /safety-stats/trend', () => {
  it('counts hazards found and closed in each month', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/safety-stats/trend?year=2026',
      headers: { cookie: staff },
    });
    const trend: SafetyTrend = response.json();
    expect(trend.months).toHaveLength(12);
    expect(trend.months.slice(0, 5)).toEqual([
      { month: '2026-01', found: 1, closed: 1 },
      { month: '2026-02', found: 1, closed: 1 },
      { month: '2026-03', found: 2, closed: 0 },
      { month: '2026-04', found: 2, closed: 2 },
      { month: '2026-05', found: 0, closed: 0 },
    ]);
  });
});
