import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png, uploadAs } from '../../../platform/files/files.test-support.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { callAs, insertProject } from './scheduling.test-support.js';

let t: TestApp;
let call: ReturnType<typeof callAs>;
let planner: string;
beforeAll(async () => {
  t = await buildTestApp(); // clock: 2026-01-15 in Asia/Shanghai
  call = callAs(t.app);
  await createUser(t.app, { username: 'planner', roleCodes: ['planning'] });
  planner = await loginAs(t.app, 'planner');
});
afterAll(async () => {
  await t.close();
});

type Report = {
  id: string;
  period: string;
  investmentCumulativeFen: number;
  progressPercent: number | null;
  photoFileIds: string[];
  version: number;
};

describe('monthly progress reports (形象进度)', () => {
  it('defaults and checks the cumulative figures, one report per month, progress % of the works quantity', async () => {
    // 12.50 km of road planned.
    const projectId = await insertProject(t.app, {
      kind: 'government',
      works_category: 'road',
      works_quantity_unit: 'km',
      works_planned_quantity_centi: 1250,
    });
    const url = `/projects/${projectId}/progress-reports`;
    const photo = await uploadAs(t.app, planner, [
      { name: 'file', filename: '现场.png', content: png(2000) },
    ]);
    expect(photo.statusCode).toBe(201);
    const photoId = (photo.json() as { id: string }).id;
    const report = (period: string, thisMonth: number, extra: object = {}) => ({
      period,
      progressNote: `${period} 路基施工`,
      photoFileIds: [],
      investmentThisMonthFen: thisMonth,
      ...extra,
    });

    const nov = await call(
      planner,
      'POST',
      url,
      report('2025-11', 3_000_000, { quantityDoneCenti: 250, photoFileIds: [photoId] }),
    );
    expect(nov.statusCode).toBe(201);
    // 3万 with no earlier month; 2.50 of 12.50 km = 20%.
    expect(nov.json()).toMatchObject({
      investmentCumulativeFen: 3_000_000,
      progressPercent: 20,
      photoFileIds: [photoId],
    });
    const dec = await call(planner, 'POST', url, report('2025-12', 2_000_000, { quantityDoneCenti: 500 }));
    // 3万 + 2万 = 5万; 5.00 / 12.50 = 40%.
    expect(dec.json()).toMatchObject({ investmentCumulativeFen: 5_000_000, progressPercent: 40 });

    const dup = await call(planner, 'POST', url, report('2025-12', 1));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'SCHEDULING_PERIOD_DUPLICATE' });
    const lower = await call(
      planner,
      'POST',
      url,
      report('2026-01', 1_000_000, { investmentCumulativeFen: 4_000_000 }),
    );
    expect(lower.statusCode).toBe(400);
    expect(lower.json()).toMatchObject({ code: 'SCHEDULING_CUMULATIVE_DECREASES' });
    const lessQuantity = await call(
      planner,
      'POST',
      url,
      report('2026-01', 1_000_000, { quantityDoneCenti: 499 }),
    );
    expect(lessQuantity.json()).toMatchObject({ code: 'SCHEDULING_CUMULATIVE_DECREASES' });
    expect((await call(planner, 'POST', url, report('2026-02', 1))).statusCode).toBe(400);
    const badPhoto = await call(planner, 'POST', url, report('2026-01', 1, { photoFileIds: [projectId] }));
    expect(badPhoto.json()).toMatchObject({ code: 'SCHEDULING_FILE_UNKNOWN' });
    expect(((await call(planner, 'GET', url)).json() as Report[]).map((r) => r.period)).toEqual([
      '2025-12',
      '2025-11',
    ]);

    const jan = await call(
      planner,
      'POST',
      url,
      report('2026-01', 1_000_000, { investmentCumulativeFen: 6_500_000, quantityDoneCenti: 625 }),
    );
    // 6.25 / 12.50 = 50%.
    expect(jan.json()).toMatchObject({ investmentCumulativeFen: 6_500_000, progressPercent: 50 });

    // Correcting December: it must stay between November (3万) and January (6.5万).
    const decId = (dec.json() as Report).id;
    const correction = {
      progressNote: '更正',
      photoFileIds: [],
      investmentThisMonthFen: 2_500_000,
      version: 1,
    };
    const tooHigh = await call(planner, 'PUT', `${url}/${decId}`, {
      ...correction,
      investmentCumulativeFen: 7_000_000,
    });
    expect(tooHigh.json()).toMatchObject({ code: 'SCHEDULING_CUMULATIVE_DECREASES' });
    const corrected = await call(planner, 'PUT', `${url}/${decId}`, {
      ...correction,
      quantityDoneCenti: 500,
    });
    expect(corrected.statusCode).toBe(200);
    // 3万 + 2.5万 = 5.5万.
    expect(corrected.json()).toMatchObject({
      investmentCumulativeFen: 5_500_000,
      progressPercent: 40,
      version: 2,
    });
    const list = (await call(planner, 'GET', url)).json() as Report[];
    expect(list.map((r) => [r.period, r.investmentCumulativeFen])).toEqual([
      ['2026-01', 6_500_000],
      ['2025-12', 5_500_000],
      ['2025-11', 3_000_000],
    ]);
  });

  it('refuses a quantity for a project without a planned works quantity', async () => {
    const projectId = await insertProject(t.app);
    const res = await call(planner, 'POST', `/projects/${projectId}/progress-reports`, {
      period: '2026-01',
      progressNote: '厂房基础施工',
      photoFileIds: [],
      investmentThisMonthFen: 100,
      quantityDoneCenti: 10,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'SCHEDULING_QUANTITY_WITHOUT_PLAN' });
    const ok = await call(planner, 'POST', `/projects/${projectId}/progress-reports`, {
      period: '2026-01',
      progressNote: '厂房基础施工',
      photoFileIds: [],
      investmentThisMonthFen: 100,
    });
    expect(ok.json()).toMatchObject({
      investmentCumulativeFen: 100,
      quantityDoneCenti: null,
      progressPercent: null,
    });
  });
});

describe('funding sources of government works', () => {
  it('sums the sources and their arrivals against the budget', async () => {
    const projectId = await insertProject(t.app, {
      kind: 'government',
      works_category: 'sewagePlant',
      planned_investment: 800_000_000,
      planned_investment_cny_fen: 800_000_000,
    });
    const url = `/projects/${projectId}/funding-sources`;
    const add = (source: string, amountFen: number, arrivedFen: number) =>
      call(planner, 'POST', url, { source, amountFen, arrivedFen, note: '' });
    const bond = await add('specialBond', 500_000_000, 300_000_000);
    expect(bond.statusCode).toBe(201);
    const central = (await add('centralBudget', 200_000_000, 200_000_000)).json() as { id: string };
    const own = (await add('selfRaised', 100_000_000, 0)).json() as { id: string };
    const over = await add('bankLoan', 10, 11);
    expect(over.statusCode).toBe(400);
    expect(over.json()).toMatchObject({ code: 'SCHEDULING_ARRIVED_EXCEEDS_AMOUNT' });
    expect((await call(planner, 'GET', url)).json()).toMatchObject({
      budgetFen: 800_000_000,
      totalFen: 800_000_000, // 5亿 + 2亿 + 1亿 (in 分: 500M + 200M + 100M)
      arrivedFen: 500_000_000, // 300M + 200M + 0
    });

    const changed = await call(planner, 'PUT', `${url}/${own.id}`, {
      source: 'selfRaised',
      amountFen: 150_000_000,
      arrivedFen: 50_000_000,
      note: '追加自筹',
      version: 1,
    });
    expect(changed.json()).toMatchObject({ amountFen: 150_000_000, version: 2 });
    expect((await call(planner, 'DELETE', `${url}/${central.id}?version=1`)).statusCode).toBe(204);
    const summary = (await call(planner, 'GET', url)).json() as {
      items: unknown[];
      totalFen: number;
      arrivedFen: number;
    };
    expect(summary.items).toHaveLength(2);
    expect(summary.totalFen).toBe(650_000_000); // 500M + 150M
    expect(summary.arrivedFen).toBe(350_000_000); // 300M + 50M
  });

  it('refuses funding sources on an enterprise investment project', async () => {
    const projectId = await insertProject(t.app);
    const res = await call(planner, 'POST', `/projects/${projectId}/funding-sources`, {
      source: 'specialBond',
      amountFen: 1,
      arrivedFen: 0,
      note: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'SCHEDULING_NOT_GOVERNMENT_WORKS' });
    expect((await call(planner, 'GET', `/projects/${projectId}/funding-sources`)).json()).toMatchObject({
      items: [],
      totalFen: 0,
    });
  });
});
