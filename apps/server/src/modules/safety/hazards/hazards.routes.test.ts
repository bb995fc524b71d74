import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildHazardWorld,
  hazardBody,
  registerAs,
  uploadPhoto,
  type HazardWorld,
} from './hazards.test-support.js';

let w: HazardWorld;
beforeAll(async () => {
  w = await buildHazardWorld();
});
afterAll(async () => {
  await w.t.close();
});

interface Detail {
  hazard: {
    id: string;
    code: string;
    status: string;
    version: number;
    overdue: boolean;
    supervised: boolean;
    supervisedLevel: string | null;
    closedOn: string | null;
    photoFileIds: string[];
  };
  rectifications: { outcome: string | null; reason: string | null; evaluation: string | null }[];
  plan: { objective: string } | null;
  events: { action: string; fromStatus: string | null; toStatus: string | null }[];
}

const detail = async (id: string, cookie = w.inspector) =>
  (await w.call(cookie, 'GET', `/hazards/${id}`)).json() as Detail;

/** Asserts a refusal left the hazard exactly as it was (status, version, timeline). */
async function expectRefused(
  id: string,
  response: Awaited<ReturnType<HazardWorld['call']>>,
  status: number,
  code?: string,
): Promise<void> {
  const before = await detail(id);
  expect(response.statusCode, response.body).toBe(status);
  if (code) expect(response.json().code).toBe(code);
  const after = await detail(id);
  expect(after.hazard).toEqual(before.hazard);
  expect(after.events).toHaveLength(before.events.length);
}

const rectify = (cookie: string, id: string, photoFileIds: string[] = [], doneOn = '2026-03-10') =>
  w.call(cookie, 'POST', `/hazards/${id}/rectifications`, {
    doneOn,
    measures: '更换灭火器并张贴检查卡',
    photoFileIds,
  });
const reinspect = (cookie: string, id: string, body: object) =>
  w.call(cookie, 'POST', `/hazards/${id}/reinspection`, { reinspectedOn: '2026-03-10', reason: '', ...body });
const plan = {
  objective: '一个月内消除储罐区泄漏隐患',
  methods: '更换阀门、增设可燃气体报警',
  funding: '专项资金30万元',
  organisation: '总经理牵头,安全科负责',
  timeline: '2026年4月10日前完成',
  safetyMeasures: '整改期间停用储罐区,制定泄漏应急预案',
};

describe('the rectification loop of a general hazard', () => {
  it('registers, rectifies, returns, rectifies again and closes — each role only where it may', async () => {
    const photo = await uploadPhoto(w, w.inspector, w.enterpriseA);
    const created = await w.call(
      w.inspector,
      'POST',
      '/hazards',
      hazardBody(w.enterpriseA, { photoFileIds: [photo] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as Detail).hazard.id;
    expect(created.json().hazard).toMatchObject({
      code: 'YH2026-0001',
      status: 'registered',
      overdue: false,
      enterpriseName: '甲化工有限公司',
      subParkId: w.t.subParkIds[0],
      departmentId: w.t.departmentIds.safety,
      photoFileIds: [photo],
      source: 'manual',
    });
    const todo = await w.t.app.ctx.db.selectFrom('todos').selectAll().where('object_id', '=', id).execute();
    expect(todo).toMatchObject([
      { kind: 'hazard.rectify', enterprise_id: w.enterpriseA, due_on: '2026-03-20', status: 'open' },
    ]);

    // Another enterprise sees nothing of it: 404 for the hazard, its photo, and empty lists.
    expect((await w.call(w.qiyeB, 'GET', `/hazards/${id}`)).statusCode).toBe(404);
    expect((await w.call(w.qiyeB, 'GET', `/files/${photo}`)).statusCode).toBe(404);
    expect((await w.call(w.qiyeB, 'GET', '/hazards')).json()).toMatchObject({ total: 0, items: [] });
    await expectRefused(id, await rectify(w.qiyeB, id), 404);
    // Its own enterprise sees it and the photo.
    expect((await w.call(w.qiyeA, 'GET', '/hazards')).json()).toMatchObject({ total: 1, openCount: 1 });
    expect((await w.call(w.qiyeA, 'GET', `/files/${photo}`)).statusCode).toBe(200);
    // The leader reads but changes nothing; the enterprise never re-inspects; staff do not rectify.
    expect((await w.call(w.leader, 'GET', `/hazards/${id}`)).statusCode).toBe(200);
    expect((await w.call(w.leader, 'POST', '/hazards', hazardBody(w.enterpriseA))).statusCode).toBe(403);
    await expectRefused(id, await reinspect(w.leader, id, { outcome: 'close' }), 403);
    await expectRefused(id, await reinspect(w.qiyeA, id, { outcome: 'close' }), 403);
    await expectRefused(id, await rectify(w.inspector, id), 403);
    // Illegal transitions from registered: re-inspection, plan of a general hazard, supervision.
    await expectRefused(
      id,
      await reinspect(w.inspector, id, { outcome: 'close' }),
      409,
      'HAZARD_INVALID_TRANSITION',
    );
    await expectRefused(
      id,
      await reinspect(w.inspector, id, { outcome: 'return', reason: 'x' }),
      409,
      'HAZARD_INVALID_TRANSITION',
    );
    await expectRefused(
      id,
      await w.call(w.qiyeA, 'PUT', `/hazards/${id}/plan`, plan),
      409,
      'HAZARD_NOT_MAJOR',
    );
    await expectRefused(
      id,
      await w.call(w.inspector, 'POST', `/hazards/${id}/supervision`, { level: '区级', note: '' }),
      409,
      'HAZARD_NOT_MAJOR',
    );
    // A rectification dated before the finding, or with another enterprise's photo, is refused.
    await expectRefused(id, await rectify(w.qiyeA, id, [], '2026-03-09'), 400);
    const photoB = await uploadPhoto(w, w.qiyeB);
    await expectRefused(id, await rectify(w.qiyeA, id, [photoB]), 400, 'HAZARD_FILE_UNKNOWN');

    const own = await uploadPhoto(w, w.qiyeA);
    const submitted = await rectify(w.qiyeA, id, [own]);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().hazard.status).toBe('submitted');
    await expectRefused(id, await rectify(w.qiyeA, id), 409, 'HAZARD_INVALID_TRANSITION');
    await expectRefused(id, await reinspect(w.qiyeA, id, { outcome: 'close' }), 403);
    await expectRefused(id, await reinspect(w.inspector, id, { outcome: 'return', reason: '  ' }), 400);
    await expectRefused(
      id,
      await reinspect(w.inspector, id, { outcome: 'close', reinspectedOn: '2026-03-11' }),
      400,
    );

    const returned = await reinspect(w.inspector, id, { outcome: 'return', reason: '检查卡未填写' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().hazard.status).toBe('returned');
    await expectRefused(
      id,
      await reinspect(w.inspector, id, { outcome: 'close' }),
      409,
      'HAZARD_INVALID_TRANSITION',
    );
    const openTodos = await w.t.app.ctx.db
      .selectFrom('todos')
      .select(['kind', 'title'])
      .where('object_id', '=', id)
      .where('status', '=', 'open')
      .execute();
    expect(openTodos).toEqual([
      { kind: 'hazard.rectify', title: '隐患整改被退回: YH2026-0001 灭火器压力不足' },
    ]);

    expect((await rectify(w.qiyeA, id, [own])).json().hazard.status).toBe('submitted');
    const closed = await reinspect(w.inspector, id, { outcome: 'close', reason: '已整改到位' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().hazard).toMatchObject({ status: 'closed', closedOn: '2026-03-10' });

    // Closed is final.
    await expectRefused(id, await rectify(w.qiyeA, id), 409, 'HAZARD_INVALID_TRANSITION');
    await expectRefused(
      id,
      await reinspect(w.inspector, id, { outcome: 'return', reason: 'x' }),
      409,
      'HAZARD_INVALID_TRANSITION',
    );
    const version = (await detail(id)).hazard.version;
    await expectRefused(
      id,
      await w.call(w.inspector, 'PUT', `/hazards/${id}/deadline`, {
        deadline: '2026-04-01',
        reason: '延期',
        version,
      }),
      409,
      'HAZARD_INVALID_TRANSITION',
    );

    const final = await detail(id, w.qiyeA);
    expect(final.events.map((e) => e.action)).toEqual([
      'registered',
      'rectified',
      'returned',
      'rectified',
      'closed',
    ]);
    expect(final.rectifications.map((r) => [r.outcome, r.reason])).toEqual([
      ['return', '检查卡未填写'],
      ['close', '已整改到位'],
    ]);
    const stillOpen = await w.t.app.ctx.db
      .selectFrom('todos')
      .select('kind')
      .where('object_id', '=', id)
      .where('status', '=', 'open')
      .execute();
    expect(stillOpen).toEqual([]);
    const audited = await w.t.app.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audited.map((a) => a.action)).toEqual([
      'hazard.register',
      'hazard.rectify',
      'hazard.reinspect',
      'hazard.rectify',
      'hazard.reinspect',
    ]);
  });

  it('refuses bad registrations with a stable code and creates nothing', async () => {
    const count = async () =>
      Number(
        (
          await w.t.app.ctx.db
            .selectFrom('hazards')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const early = await w.call(
      w.inspector,
      'POST',
      '/hazards',
      hazardBody(w.enterpriseA, { deadline: '2026-03-09' }),
    );
    expect(early.json().code).toBe('HAZARD_DEADLINE_BEFORE_FOUND');
    const unknown = await w.call(
      w.inspector,
      'POST',
      '/hazards',
      hazardBody('01900000-0000-7000-8000-00000000abcd'),
    );
    expect(unknown.json().code).toBe('HAZARD_ENTERPRISE_UNKNOWN');
    const photo = await w.call(
      w.inspector,
      'POST',
      '/hazards',
      hazardBody(w.enterpriseA, { photoFileIds: ['01900000-0000-7000-8000-00000000abcd'] }),
    );
    expect(photo.json().code).toBe('HAZARD_FILE_UNKNOWN');
    const category = await w.call(
      w.inspector,
      'POST',
      '/hazards',
      hazardBody(w.enterpriseA, { category: 'nonsense' as 'fire' }),
    );
    expect(category.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe('a major hazard', () => {
  it('needs the six-part plan before rectification, and evaluation with on-site review to close', async () => {
    const id = await registerAs(
      w,
      w.inspector,
      hazardBody(w.enterpriseA, {
        grade: 'major',
        category: 'hazardousChemicals',
        description: '储罐区阀门泄漏',
      }),
    );
    await expectRefused(id, await rectify(w.qiyeA, id), 409, 'HAZARD_PLAN_REQUIRED');
    await expectRefused(
      id,
      await w.call(w.qiyeA, 'POST', `/hazards/${id}/supervision`, { level: '区级', note: '' }),
      403,
    );
    await expectRefused(id, await w.call(w.qiyeB, 'PUT', `/hazards/${id}/plan`, plan), 404);

    const supervised = await w.call(w.inspector, 'POST', `/hazards/${id}/supervision`, {
      level: '区级挂牌督办',
      note: '每周报告进展',
    });
    expect(supervised.statusCode, supervised.body).toBe(200);
    expect(supervised.json().hazard).toMatchObject({ supervised: true, supervisedLevel: '区级挂牌督办' });
    expect((await w.call(w.inspector, 'GET', '/hazards?supervised=true')).json()).toMatchObject({
      total: 1,
      majorOpenCount: 1,
    });

    const planned = await w.call(w.qiyeA, 'PUT', `/hazards/${id}/plan`, plan);
    expect(planned.statusCode, planned.body).toBe(200);
    expect(planned.json().plan).toMatchObject({
      objective: plan.objective,
      safetyMeasures: plan.safetyMeasures,
    });
    expect((await rectify(w.qiyeA, id)).json().hazard.status).toBe('submitted');

    await expectRefused(
      id,
      await reinspect(w.inspector, id, { outcome: 'close' }),
      400,
      'HAZARD_EVALUATION_REQUIRED',
    );
    await expectRefused(
      id,
      await reinspect(w.inspector, id, { outcome: 'close', evaluation: '治理达标' }),
      400,
      'HAZARD_EVALUATION_REQUIRED',
    );
    const closed = await reinspect(w.inspector, id, {
      outcome: 'close',
      evaluation: '经评估治理达标',
      onSiteReviewOn: '2026-03-10',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().rectifications[0]).toMatchObject({
      outcome: 'close',
      evaluation: '经评估治理达标',
      onSiteReviewOn: '2026-03-10',
    });
    await expectRefused(
      id,
      await w.call(w.inspector, 'POST', `/hazards/${id}/supervision`, { level: '市级', note: '' }),
      409,
      'HAZARD_INVALID_TRANSITION',
    );
    await expectRefused(
      id,
      await w.call(w.qiyeA, 'PUT', `/hazards/${id}/plan`, plan),
      409,
      'HAZARD_INVALID_TRANSITION',
    );
    expect((await detail(id)).events.map((e) => e.action)).toEqual([
      'registered',
      'supervised',
      'plan',
      'rectified',
      'closed',
    ]);
  });

  it('extends a deadline with a reason and moves the to-do', async () => {
    const id = await registerAs(w, w.inspector, hazardBody(w.enterpriseA));
    const { version } = (await detail(id)).hazard;
    await expectRefused(
      id,
      await w.call(w.qiyeA, 'PUT', `/hazards/${id}/deadline`, {
        deadline: '2026-04-01',
        reason: '设备到货延迟',
        version,
      }),
      403,
    );
    await expectRefused(
      id,
      await w.call(w.inspector, 'PUT', `/hazards/${id}/deadline`, {
        deadline: '2026-04-01',
        reason: '设备到货延迟',
        version: version + 1,
      }),
      409,
      'VERSION_CONFLICT',
    );
    const moved = await w.call(w.inspector, 'PUT', `/hazards/${id}/deadline`, {
      deadline: '2026-04-01',
      reason: '设备到货延迟',
      version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().hazard).toMatchObject({ deadline: '2026-04-01', version: version + 1 });
    const todo = await w.t.app.ctx.db
      .selectFrom('todos')
      .select('due_on')
      .where('object_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(todo.due_on).toBe('2026-04-01');
  });
});

describe('GET /hazards', () => {
  it('filters and counts within the caller scope', async () => {
    await registerAs(
      w,
      w.inspector,
      hazardBody(w.enterpriseB, { category: 'electrical', description: '配电箱未接地' }),
    );
    const all = (await w.call(w.inspector, 'GET', '/hazards?pageSize=100')).json();
    // A: general closed, major closed, general open (deadline moved); B: one open.
    expect(all).toMatchObject({ total: 4, openCount: 2, overdueCount: 0, majorOpenCount: 0 });
    expect(
      (await w.call(w.inspector, 'GET', '/hazards?category=electrical'))
        .json()
        .items.map((h: { description: string }) => h.description),
    ).toEqual(['配电箱未接地']);
    expect((await w.call(w.inspector, 'GET', `/hazards?grade=major&status=closed`)).json().total).toBe(1);
    expect((await w.call(w.inspector, 'GET', `/hazards?subParkId=${w.t.subParkIds[1]}`)).json().total).toBe(
      1,
    );
    expect(
      (await w.call(w.inspector, 'GET', `/hazards?q=${encodeURIComponent('乙机械')}`)).json().total,
    ).toBe(1);
    expect((await w.call(w.qiyeB, 'GET', '/hazards')).json()).toMatchObject({ total: 1, openCount: 1 });
    expect((await w.call(w.qiyeB, 'GET', `/hazards?enterpriseId=${w.enterpriseA}`)).json().total).toBe(0);
  });
});
