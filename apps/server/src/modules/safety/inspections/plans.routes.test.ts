import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionPlanDetail, InspectionPlanPage } from '@kaifaqu/contracts';
import {
  SEEDED,
  answerAll,
  callAs,
  inspectionWorld,
  startInspection,
  type InspectionWorld,
} from './inspections.test-support.js';

let w: InspectionWorld;
beforeAll(async () => {
  w = await inspectionWorld();
});
afterAll(async () => {
  await w.t.close();
});

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  callAs(w.t, cookie, method, url, payload);

const plan = (overrides: object = {}) => ({
  title: '2026年6月有限空间专项检查',
  kind: 'special',
  frequency: null,
  specialTopic: 'confinedSpace',
  jointDepartments: '',
  provider: '',
  startsOn: '2026-06-01',
  endsOn: '2026-06-30',
  checklistId: SEEDED.confinedSpace,
  departmentId: w.t.departmentIds.safety,
  note: '',
  enterpriseIds: [w.ids.A, w.ids.B, w.ids.C],
  ...overrides,
});
const planCount = async () =>
  Number(
    (
      await w.t.app.ctx.db
        .selectFrom('inspection_plans')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('inspection plans', () => {
  it('creates a special campaign and counts progress over completed inspections only', async () => {
    const created = await call(w.inspector, 'POST', '/inspections/plans', plan());
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json<InspectionPlanDetail>();
    expect(p).toMatchObject({
      kind: 'special',
      specialTopic: 'confinedSpace',
      frequency: null,
      status: 'active',
    });
    expect(p).toMatchObject({ plannedCount: 3, inspectedCount: 0, version: 1 });

    // Under the plan: kind and checklist come from it.
    const draftA = await startInspection(w.t, w.inspector, { enterpriseId: w.ids.A, planId: p.id });
    expect(draftA).toMatchObject({
      kind: 'special',
      checklistId: SEEDED.confinedSpace,
      planTitle: p.title,
      itemCount: 8,
    });
    const draftB = await startInspection(w.t, w.inspector, { enterpriseId: w.ids.B, planId: p.id });
    await answerAll(w.t, w.inspector, draftA);
    expect(
      (await call(w.inspector, 'POST', `/inspections/${draftA.id}/complete`, { version: 1 })).statusCode,
    ).toBe(200);

    // A completed, B only a draft: 1 of 3.
    const detail = (await call(w.reader, 'GET', `/inspections/plans/${p.id}`)).json<InspectionPlanDetail>();
    expect(detail).toMatchObject({ plannedCount: 3, inspectedCount: 1 });
    const byId = new Map(detail.enterprises.map((e) => [e.enterpriseId, e]));
    expect(byId.get(w.ids.A)).toMatchObject({ lastInspectedOn: '2026-06-09', completedCount: 1 });
    expect(byId.get(w.ids.B)).toMatchObject({ lastInspectedOn: null, completedCount: 0 });
    expect(draftB.status).toBe('draft');

    // The sub-park inspector sees the plan over its own enterprises (A and B): 1 of 2.
    const park = (
      await call(w.parkInspector, 'GET', `/inspections/plans/${p.id}`)
    ).json<InspectionPlanDetail>();
    expect(park).toMatchObject({ plannedCount: 2, inspectedCount: 1 });
    expect(park.enterprises.map((e) => e.enterpriseId).sort()).toEqual([w.ids.A, w.ids.B].sort());

    const list = (
      await call(w.reader, 'GET', '/inspections/plans?kind=special&activeOn=2026-06-15')
    ).json<InspectionPlanPage>();
    expect(list.items.map((i) => [i.id, i.plannedCount, i.inspectedCount])).toEqual([[p.id, 3, 1]]);
    expect((await call(w.reader, 'GET', '/inspections/plans?activeOn=2026-07-01')).json()).toEqual({
      items: [],
      total: 0,
    });
  });

  it('refuses a plan that lacks what its kind needs, or lists an enterprise outside the scope, creating nothing', async () => {
    const before = await planCount();
    const cases: [object, string][] = [
      [{ kind: 'routine', frequency: null }, 'INSPECTION_PLAN_INVALID'],
      [{ kind: 'special', specialTopic: null }, 'INSPECTION_PLAN_INVALID'],
      [{ kind: 'joint', jointDepartments: ' ' }, 'INSPECTION_PLAN_INVALID'],
      [{ kind: 'thirdParty', provider: '' }, 'INSPECTION_PLAN_INVALID'],
      [{ endsOn: '2026-05-31' }, 'INSPECTION_PLAN_INVALID'],
      [{ checklistId: '01938000-0000-7000-8000-0000000000ff' }, 'INSPECTION_CHECKLIST_UNKNOWN'],
    ];
    for (const [overrides, code] of cases) {
      const response = await call(w.inspector, 'POST', '/inspections/plans', plan(overrides));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(response.json()).toMatchObject({ code });
    }
    const foreign = await call(
      w.parkInspector,
      'POST',
      '/inspections/plans',
      plan({ enterpriseIds: [w.ids.A, w.ids.C] }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(await planCount()).toBe(before);
  });

  it('keeps only the fields of the kind: a routine weekly round and a third-party visit', async () => {
    const routine = await call(
      w.inspector,
      'POST',
      '/inspections/plans',
      plan({
        title: '园区周查',
        kind: 'routine',
        frequency: 'weekly',
        provider: '某安全管家',
        checklistId: SEEDED.general,
      }),
    );
    expect(routine.json()).toMatchObject({
      kind: 'routine',
      frequency: 'weekly',
      specialTopic: null,
      provider: '',
    });
    const third = await call(
      w.inspector,
      'POST',
      '/inspections/plans',
      plan({
        title: '安全管家季度服务',
        kind: 'thirdParty',
        provider: '某某安全技术服务有限公司(安全管家)',
        frequency: 'daily',
      }),
    );
    expect(third.json()).toMatchObject({
      kind: 'thirdParty',
      frequency: null,
      specialTopic: null,
      provider: '某某安全技术服务有限公司(安全管家)',
    });
  });

  it('edits, then closes a plan: closed plans refuse edits and new inspections', async () => {
    const p = (
      await call(
        w.inspector,
        'POST',
        '/inspections/plans',
        plan({ title: '联合检查', kind: 'joint', jointDepartments: '应急管理局、消防救援大队' }),
      )
    ).json<InspectionPlanDetail>();
    const edited = await call(w.inspector, 'PUT', `/inspections/plans/${p.id}`, {
      ...plan({
        title: '联合检查(6月)',
        kind: 'joint',
        jointDepartments: '应急管理局',
        enterpriseIds: [w.ids.A],
      }),
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: '联合检查(6月)', plannedCount: 1, version: 2 });

    const notInPlan = await call(w.inspector, 'POST', '/inspections', {
      enterpriseId: w.ids.B,
      planId: p.id,
      inspectedOn: '2026-06-09',
      inspectors: '张',
    });
    expect(notInPlan.json()).toMatchObject({ code: 'INSPECTION_ENTERPRISE_NOT_IN_PLAN' });

    const closed = await call(w.inspector, 'POST', `/inspections/plans/${p.id}/close`, { version: 2 });
    expect(closed.json()).toMatchObject({ status: 'closed', version: 3 });
    const edit = await call(w.inspector, 'PUT', `/inspections/plans/${p.id}`, {
      ...plan({ kind: 'joint', jointDepartments: 'x' }),
      version: 3,
    });
    expect(edit.statusCode).toBe(409);
    const late = await call(w.inspector, 'POST', '/inspections', {
      enterpriseId: w.ids.A,
      planId: p.id,
      inspectedOn: '2026-06-09',
      inspectors: '张',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'INSPECTION_PLAN_CLOSED' });
  });

  it('keeps plans from enterprise accounts and writes from readers', async () => {
    expect((await call(w.as.A, 'GET', '/inspections/plans')).json()).toEqual({ items: [], total: 0 });
    const any = (await call(w.reader, 'GET', '/inspections/plans')).json<InspectionPlanPage>().items[0]!;
    expect((await call(w.as.A, 'GET', `/inspections/plans/${any.id}`)).statusCode).toBe(404);
    expect((await call(w.reader, 'POST', '/inspections/plans', plan())).statusCode).toBe(403);
  });
});
