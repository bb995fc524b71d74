import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { insertProjectRow, investorBody } from './investment.test-support.js';

let t: TestApp;
let staff: string;
let parkUser: string;
let investorA: string;
let investorB: string;
beforeAll(async () => {
  t = await buildTestApp();
  await createUser(t.app, { username: 'huodong', roleCodes: ['investment'] });
  await createUser(t.app, {
    username: 'park1',
    roleCodes: ['leader'],
    scope: { kind: 'subParks', subParkIds: [t.subParkIds[0]] },
  });
  staff = await loginAs(t.app, 'huodong');
  parkUser = await loginAs(t.app, 'park1');
  investorA = (await call(staff, 'POST', '/investors', investorBody({ name: '客商甲' }))).json().id;
  investorB = (await call(staff, 'POST', '/investors', investorBody({ name: '客商乙' }))).json().id;
});
afterAll(async () => {
  await t.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const activity = (overrides: object = {}) => ({
  kind: 'trip',
  title: '赴深圳招商考察',
  startedOn: '2026-03-10',
  endedOn: '2026-03-12',
  place: '广东省深圳市',
  participants: '张主任、李科长',
  counterparts: '比亚迪、华为',
  investorIds: [] as string[],
  outcome: '达成两个意向项目',
  departmentId: null,
  ...overrides,
});
const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);

describe('investment activities (接待/外出考察/推介会)', () => {
  it('records, changes and deletes an activity with the investors met, each change audited', async () => {
    const created = await call(
      staff,
      'POST',
      '/investment-activities',
      activity({ investorIds: [investorB, investorA] }),
    );
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    expect(created.json()).toMatchObject({
      kind: 'trip',
      investors: [
        { id: investorB, name: '客商乙' },
        { id: investorA, name: '客商甲' },
      ],
      signedProjects: [],
      version: 1,
    });
    const changed = await call(
      staff,
      'PUT',
      `/investment-activities/${id}`,
      activity({ kind: 'reception', version: 1 }),
    );
    expect(changed.json()).toMatchObject({ kind: 'reception', investors: [], version: 2 });
    const stale = await call(
      staff,
      'PUT',
      `/investment-activities/${id}`,
      activity({ title: '旧', version: 1 }),
    );
    expect(stale.statusCode).toBe(409);
    expect((await call(staff, 'DELETE', `/investment-activities/${id}?version=1`)).statusCode).toBe(409);
    expect((await call(staff, 'GET', `/investment-activities/${id}`)).json()).toMatchObject({
      title: '赴深圳招商考察',
      version: 2,
    });
    expect((await call(staff, 'DELETE', `/investment-activities/${id}?version=2`)).statusCode).toBe(204);
    expect((await call(staff, 'GET', `/investment-activities/${id}`)).statusCode).toBe(404);
    const actions = await t.app.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'investmentActivity.create',
      'investmentActivity.update',
      'investmentActivity.delete',
    ]);
  });

  it('refuses an end before the start, unknown investors and bad kinds, recording nothing', async () => {
    const missing = '01900000-0000-7000-8000-0000000000ee';
    const cases: [object, string][] = [
      [{ endedOn: '2026-03-09' }, 'INVESTMENT_DATES_REVERSED'],
      [{ startedOn: '2026-02-29' }, 'INVESTMENT_DATE_INVALID'],
      [{ investorIds: [investorA, missing] }, 'INVESTMENT_INVESTOR_UNKNOWN'],
      [{ departmentId: missing }, 'INVESTMENT_DEPARTMENT_UNKNOWN'],
      [{ kind: 'banquet' }, 'VALIDATION_FAILED'],
      [{ investorIds: [investorA, investorA] }, 'VALIDATION_FAILED'],
    ];
    for (const [bad, code] of cases) {
      const response = await call(
        staff,
        'POST',
        '/investment-activities',
        activity({ title: '应被拒绝', ...bad }),
      );
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().code, JSON.stringify(bad)).toBe(code);
    }
    expect((await call(staff, 'GET', '/investment-activities?q=应被拒绝')).json()).toEqual({
      items: [],
      total: 0,
    });
  });

  it('lists newest first, by kind, overlapping a date range, by investor met and keyword', async () => {
    const mark = '列表测试';
    const rows = [
      activity({
        title: `${mark}接待1`,
        kind: 'reception',
        startedOn: '2026-04-01',
        endedOn: '2026-04-01',
        investorIds: [investorA],
      }),
      activity({ title: `${mark}考察`, kind: 'trip', startedOn: '2026-04-20', endedOn: '2026-04-25' }),
      activity({ title: `${mark}接待2`, kind: 'reception', startedOn: '2026-05-03', endedOn: '2026-05-03' }),
      activity({
        title: `${mark}推介会`,
        kind: 'promotionEvent',
        startedOn: '2026-05-18',
        endedOn: '2026-05-19',
        place: '上海国际会议中心',
      }),
    ];
    for (const row of rows)
      expect((await call(staff, 'POST', '/investment-activities', row)).statusCode).toBe(201);
    const q = `q=${encodeURIComponent(mark)}`;
    const all = titles((await call(staff, 'GET', `/investment-activities?${q}`)).json());
    expect(all).toEqual([`${mark}推介会`, `${mark}接待2`, `${mark}考察`, `${mark}接待1`]);
    const receptions = (await call(staff, 'GET', `/investment-activities?${q}&kind=reception`)).json();
    expect(receptions.total).toBe(2); // 接待 counted in 批次: one record per batch
    // The trip 04-20..04-25 overlaps 04-25..05-03; the reception of 04-01 does not.
    const range = await call(staff, 'GET', `/investment-activities?${q}&from=2026-04-25&to=2026-05-03`);
    expect(titles(range.json())).toEqual([`${mark}接待2`, `${mark}考察`]);
    const met = await call(staff, 'GET', `/investment-activities?${q}&investorId=${investorA}`);
    expect(titles(met.json())).toEqual([`${mark}接待1`]);
    expect(titles((await call(staff, 'GET', '/investment-activities?q=国际会议')).json())).toEqual([
      `${mark}推介会`,
    ]);
    const paged = (await call(staff, 'GET', `/investment-activities?${q}&pageSize=3&page=2`)).json();
    expect(paged).toMatchObject({ total: 4, items: [{ title: `${mark}接待1` }] });
  });

  it('shows the projects signed at a promotion event, in the caller scope, and keeps the event while they exist', async () => {
    const event = (
      await call(
        staff,
        'POST',
        '/investment-activities',
        activity({ kind: 'promotionEvent', title: '2026长三角推介会' }),
      )
    ).json() as { id: string };
    await insertProjectRow(t.app, {
      promotionEventId: event.id,
      name: '乙项目',
      subParkId: t.subParkIds[1],
      plannedInvestmentCnyFen: 300_000_000_000,
    });
    await insertProjectRow(t.app, {
      promotionEventId: event.id,
      name: '甲项目',
      subParkId: t.subParkIds[0],
      plannedInvestmentCnyFen: 120_000_000_000,
      stage: 'negotiating',
    });
    const detail = (await call(staff, 'GET', `/investment-activities/${event.id}`)).json();
    expect(detail.signedProjects).toEqual([
      { id: expect.any(String), name: '乙项目', stage: 'signed', plannedInvestmentCnyFen: 300_000_000_000 },
      {
        id: expect.any(String),
        name: '甲项目',
        stage: 'negotiating',
        plannedInvestmentCnyFen: 120_000_000_000,
      },
    ]);
    const listed = (await call(staff, 'GET', '/investment-activities?kind=promotionEvent&q=长三角')).json();
    expect(listed.items[0].signedProjects.map((p: { name: string }) => p.name)).toEqual(['乙项目', '甲项目']);
    // A sub-park 1 user sees the event (a zone-level record) but only the sub-park 1 project.
    const park = (await call(parkUser, 'GET', `/investment-activities/${event.id}`)).json();
    expect(park.signedProjects.map((p: { name: string }) => p.name)).toEqual(['甲项目']);

    const asTrip = await call(
      staff,
      'PUT',
      `/investment-activities/${event.id}`,
      activity({ kind: 'trip', version: 1 }),
    );
    expect(asTrip.statusCode).toBe(409);
    expect(asTrip.json().code).toBe('INVESTMENT_ACTIVITY_REFERENCED');
    const deleted = await call(staff, 'DELETE', `/investment-activities/${event.id}?version=1`);
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().code).toBe('INVESTMENT_ACTIVITY_REFERENCED');
    expect((await call(staff, 'GET', `/investment-activities/${event.id}`)).json()).toMatchObject({
      kind: 'promotionEvent',
      version: 1,
    });
    expect((await call(parkUser, 'POST', '/investment-activities', activity())).statusCode).toBe(403);
  });
});
