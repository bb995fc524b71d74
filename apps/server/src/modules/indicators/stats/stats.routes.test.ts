import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../../test/factories.js';
import {
  openTask,
  reportingWorld,
  submitAndApprove,
  summaryOf,
  wan,
  type ReportingWorld,
} from '../reporting/reporting.test-support.js';

// Hand-worked fixture (万元; employees in 人):
//            2026-02 cum / 上年同期    2026-03 cum / 上年同期    employees Mar / 上年同期
//  A park1 ind36   100 / 80             180 / 150                100 / 90
//  B park1 ind26    50 / 0              90 / 0   (new: zero base)  50 / 0
//  C park2 ind36    —  (enters in March) 60 / 40                  30 / 30
// Jan–Mar total: 330 against 190 → +73.7%; March alone: 330 − 150 = 180 against 190 − 80 = 110.

let w: ReportingWorld;
let aMarch: string;

beforeAll(async () => {
  w = await reportingWorld();
  const feb = await openTask(w, '2026-02', [w.ids.A, w.ids.B]);
  const mar = await openTask(w, '2026-03', [w.ids.A, w.ids.B, w.ids.C]);
  await submitAndApprove(w, w.as.A, feb.reportOf(w.ids.A), { grossOutput: [100, 80], employees: [100, 90] });
  await submitAndApprove(w, w.as.B, feb.reportOf(w.ids.B), {
    grossOutput: [50, 0],
    valueAdded: [10, 0],
    employees: [50, 0],
  });
  aMarch = mar.reportOf(w.ids.A);
  await submitAndApprove(w, w.as.A, aMarch, { grossOutput: [180, 150], employees: [100, 90] });
  await submitAndApprove(w, w.as.B, mar.reportOf(w.ids.B), {
    grossOutput: [90, 0],
    valueAdded: [20, 0],
    employees: [50, 0],
  });
  await submitAndApprove(w, w.as.C, mar.reportOf(w.ids.C), { grossOutput: [60, 40], employees: [30, 30] });
});
afterAll(async () => {
  await w.t.close();
});

const value = (s: Awaited<ReturnType<typeof summaryOf>>, code: string) =>
  s.total.values.find((v) => v.indicatorCode === code)!;

describe('GET /stats/summary', () => {
  it('totals 1–N月 on the comparable basis, with enterprises entering the sample', async () => {
    const s = await summaryOf(w.app, w.staff, 'indicators=grossOutput,employees&from=2026-01&to=2026-03');
    expect(value(s, 'grossOutput')).toMatchObject({ current: wan(330), previous: wan(190), reporters: 3 });
    expect(value(s, 'grossOutput').growth).toBeCloseTo(330 / 190 - 1, 12);
    // A stock is the month-end value, not a sum of months.
    expect(value(s, 'employees')).toMatchObject({ current: 180, previous: 120, growth: 0.5 });
  });

  it('derives a single month from cumulative values', async () => {
    const s = await summaryOf(w.app, w.staff, 'indicators=grossOutput&from=2026-03&to=2026-03');
    expect(value(s, 'grossOutput')).toMatchObject({ current: wan(180), previous: wan(110) });
    expect(value(s, 'grossOutput').growth).toBeCloseTo(180 / 110 - 1, 12);
  });

  it('splits by sub-park and industry with shares; a zero base has no growth', async () => {
    const byPark = await summaryOf(
      w.app,
      w.staff,
      'indicators=grossOutput&from=2026-01&to=2026-03&groupBy=subPark',
    );
    const park1 = byPark.groups.find((g) => g.key === w.t.subParkIds[0])!;
    const park2 = byPark.groups.find((g) => g.key === w.t.subParkIds[1])!;
    expect(park1.name).toBe('第1园区');
    expect(park1.values[0]).toMatchObject({ current: wan(270), previous: wan(150), growth: 0.8 });
    expect(park1.values[0]!.share).toBeCloseTo(270 / 330, 12);
    expect(park2.values[0]).toMatchObject({ current: wan(60), previous: wan(40), growth: 0.5 });

    const byIndustry = await summaryOf(
      w.app,
      w.staff,
      'indicators=grossOutput&from=2026-01&to=2026-03&groupBy=industry',
    );
    const i26 = byIndustry.groups.find((g) => g.key === '26')!;
    const i36 = byIndustry.groups.find((g) => g.key === '36')!;
    expect(i26.values[0]).toMatchObject({ current: wan(90), previous: 0, growth: null });
    expect(i36.values[0]).toMatchObject({ current: wan(240), previous: wan(190) });
    expect(i36.name).toContain('36');

    const byEnterprise = await summaryOf(
      w.app,
      w.staff,
      `indicators=grossOutput&from=2026-01&to=2026-03&groupBy=enterprise&subParkId=${w.t.subParkIds[0]}`,
    );
    expect(byEnterprise.groups.map((g) => [g.key, g.values[0]!.current])).toEqual([
      [w.ids.A, wan(180)],
      [w.ids.B, wan(90)],
    ]);
  });

  it('an enterprise user sees only its own figures; a sub-park user only its sub-park', async () => {
    const own = await summaryOf(
      w.app,
      w.as.A,
      'indicators=grossOutput&from=2026-01&to=2026-03&groupBy=subPark',
    );
    expect(value(own, 'grossOutput')).toMatchObject({ current: wan(180), previous: wan(150) });
    expect(own.groups).toHaveLength(1);
    const other = await summaryOf(
      w.app,
      w.as.A,
      `indicators=grossOutput&from=2026-01&to=2026-03&enterpriseId=${w.ids.C}`,
    );
    expect(value(other, 'grossOutput').current).toBeNull();

    await createUser(w.app, {
      username: 'park2',
      roleCodes: ['planning'],
      scope: { kind: 'subParks', subParkIds: [w.t.subParkIds[1]] },
    });
    const park2 = await summaryOf(
      w.app,
      await loginAs(w.app, 'park2'),
      'indicators=grossOutput&from=2026-01&to=2026-03',
    );
    expect(value(park2, 'grossOutput')).toMatchObject({ current: wan(60), previous: wan(40) });
  });

  it('refuses unknown indicators and ranges across years with stable codes', async () => {
    const unknown = await w.app.inject({
      method: 'GET',
      url: '/api/v1/stats/summary?indicators=nope&from=2026-01&to=2026-03',
      headers: { cookie: w.staff },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_INDICATOR' });
    const range = await w.app.inject({
      method: 'GET',
      url: '/api/v1/stats/summary?indicators=grossOutput&from=2025-12&to=2026-03',
      headers: { cookie: w.staff },
    });
    expect(range.json()).toMatchObject({ code: 'INVALID_RANGE' });
  });

  it('a revision after the lock flows into the figures and is recorded', async () => {
    const form = await w.app.inject({
      method: 'GET',
      url: `/api/v1/reports/${aMarch}`,
      headers: { cookie: w.staff },
    });
    const revised = await w.app.inject({
      method: 'POST',
      url: `/api/v1/reports/${aMarch}/revisions`,
      headers: { cookie: w.staff },
      payload: {
        values: [{ indicatorCode: 'grossOutput', cumulative: wan(200), previousYear: wan(150) }],
        reason: '统计局反馈更正',
        version: form.json<{ version: number }>().version,
      },
    });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json()).toMatchObject({ status: 'approved', revisionCount: 1 });
    const s = await summaryOf(w.app, w.staff, 'indicators=grossOutput&from=2026-01&to=2026-03');
    expect(value(s, 'grossOutput')).toMatchObject({ current: wan(350), previous: wan(190) });
    const history = await w.app.inject({
      method: 'GET',
      url: `/api/v1/reports/${aMarch}/revisions`,
      headers: { cookie: w.as.A },
    });
    expect(history.json()).toMatchObject([
      {
        indicatorCode: 'grossOutput',
        oldCumulative: wan(180),
        newCumulative: wan(200),
        reason: '统计局反馈更正',
      },
    ]);
  });

  it('trend gives cumulative and single months; export is an xlsx', async () => {
    const trend = await w.app.inject({
      method: 'GET',
      url: '/api/v1/stats/trend?indicator=grossOutput&toYear=2026&years=1',
      headers: { cookie: w.staff },
    });
    const points = trend.json<{
      series: {
        year: number;
        points: { month: number; cumulative: number | null; single: number | null }[];
      }[];
    }>().series[0]!.points;
    expect(points[1]).toEqual({ month: 2, cumulative: wan(150), single: null });
    expect(points[2]).toEqual({ month: 3, cumulative: wan(350), single: wan(200) });
    const xlsx = await w.app.inject({
      method: 'GET',
      url: '/api/v1/stats/summary.xlsx?indicators=grossOutput&from=2026-01&to=2026-03&groupBy=subPark',
      headers: { cookie: w.staff },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('indicators are target subjects: 完成率 against 序时进度 from the same figures', async () => {
    // After the revision Jan–Mar is 350万元; a 1,400万元 target is 25% done at 3/12 = 25% elapsed.
    const created = await w.app.inject({
      method: 'POST',
      url: '/api/v1/targets',
      headers: { cookie: w.staff },
      payload: {
        year: 2026,
        subjectKind: 'indicator',
        subjectCode: 'grossOutput',
        targetValue: wan(1400),
        ownerDepartmentId: w.t.departmentIds.office,
        note: '',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const progress = await w.app.inject({
      method: 'GET',
      url: '/api/v1/targets/progress?year=2026&month=3',
      headers: { cookie: w.staff },
    });
    expect(progress.json()).toContainEqual(
      expect.objectContaining({
        subjectCode: 'grossOutput',
        actual: wan(350),
        completionRate: 0.25,
        timeElapsedProgress: 0.25,
      }),
    );
  });
});
