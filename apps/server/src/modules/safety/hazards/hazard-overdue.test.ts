import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markOverdueHazards } from './hazard-overdue.job.js';
import {
  buildHazardWorld,
  hazardBody,
  registerAs,
  signInAgain,
  type HazardWorld,
} from './hazards.test-support.js';

let w: HazardWorld;
beforeAll(async () => {
  w = await buildHazardWorld();
});
afterAll(async () => {
  await w.t.close();
});

const openTodos = (id: string) =>
  w.t.app.ctx.db
    .selectFrom('todos')
    .select(['kind', 'user_id', 'department_id', 'enterprise_id', 'due_on'])
    .where('object_id', '=', id)
    .where('status', '=', 'open')
    .orderBy('kind')
    .execute();

describe('the daily overdue job (safety.hazard-overdue)', () => {
  it('marks open hazards past their deadline, raises the enterprise and escalates to the head once', async () => {
    // The safety department gets a head through the organisation API; the office has none.
    const departments = (await w.call(w.sysadmin, 'GET', '/departments')).json() as {
      id: string;
      name: string;
      duties: string;
      status: string;
      version: number;
      headUserId: string | null;
    }[];
    const safety = departments.find((d) => d.id === w.t.departmentIds.safety)!;
    expect(safety.headUserId).toBeNull();
    const enterpriseHead = await w.call(w.sysadmin, 'PUT', `/departments/${safety.id}`, {
      name: safety.name,
      duties: safety.duties,
      status: safety.status,
      headUserId: '01900000-0000-7000-8000-00000000abcd',
      version: safety.version,
    });
    expect(enterpriseHead.statusCode).toBe(400); // not an existing staff account
    const set = await w.call(w.sysadmin, 'PUT', `/departments/${safety.id}`, {
      name: safety.name,
      duties: safety.duties,
      status: safety.status,
      headUserId: w.headUserId,
      version: safety.version,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().headUserId).toBe(w.headUserId);

    // Found 03-10; deadlines 03-12 (safety dept), 03-11 (office dept), 03-20 (not yet due), and one closed.
    const late = await registerAs(w, w.inspector, hazardBody(w.enterpriseA, { deadline: '2026-03-12' }));
    const office = await registerAs(
      w,
      w.officeInspector,
      hazardBody(w.enterpriseB, { deadline: '2026-03-11' }),
    );
    const notDue = await registerAs(w, w.inspector, hazardBody(w.enterpriseA, { deadline: '2026-03-20' }));
    const done = await registerAs(w, w.inspector, hazardBody(w.enterpriseA, { deadline: '2026-03-11' }));
    await w.call(w.qiyeA, 'POST', `/hazards/${done}/rectifications`, {
      doneOn: '2026-03-10',
      measures: '已整改',
      photoFileIds: [],
    });
    const closed = await w.call(w.inspector, 'POST', `/hazards/${done}/reinspection`, {
      outcome: 'close',
      reason: '',
      reinspectedOn: '2026-03-10',
    });
    expect(closed.json().hazard.status).toBe('closed');

    // On the deadline day itself nothing is overdue.
    w.t.clock.set('2026-03-12T02:00:00.000Z');
    expect(await markOverdueHazards(w.t.app.ctx)).toEqual({ overdue: 1, enterpriseTodos: 1, escalations: 1 }); // office (03-11)
    // 03-13 08:30 Shanghai = 03-13T00:30Z: the 03-12 deadline has passed too.
    w.t.clock.set('2026-03-13T00:30:00.000Z');
    expect(await markOverdueHazards(w.t.app.ctx)).toEqual({ overdue: 2, enterpriseTodos: 1, escalations: 1 });
    expect(await markOverdueHazards(w.t.app.ctx)).toEqual({ overdue: 2, enterpriseTodos: 0, escalations: 0 });
    await signInAgain(w);

    expect(await openTodos(late)).toEqual([
      {
        kind: 'hazard.escalated',
        user_id: w.headUserId,
        department_id: null,
        enterprise_id: null,
        due_on: '2026-03-12',
      },
      {
        kind: 'hazard.overdue',
        user_id: null,
        department_id: null,
        enterprise_id: w.enterpriseA,
        due_on: '2026-03-12',
      },
      {
        kind: 'hazard.rectify',
        user_id: null,
        department_id: null,
        enterprise_id: w.enterpriseA,
        due_on: '2026-03-12',
      },
    ]);
    // The office has no head: the escalation goes to the department as a whole.
    expect((await openTodos(office)).find((t) => t.kind === 'hazard.escalated')).toEqual({
      kind: 'hazard.escalated',
      user_id: null,
      department_id: w.t.departmentIds.office,
      enterprise_id: null,
      due_on: '2026-03-11',
    });
    expect((await openTodos(notDue)).map((t) => t.kind)).toEqual(['hazard.rectify']);

    const row = await w.t.app.ctx.db
      .selectFrom('hazards')
      .select(['overdue_since', 'escalated_at'])
      .where('id', '=', late)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ overdue_since: '2026-03-13', escalated_at: '2026-03-13T00:30:00.000Z' });
    const officeRow = await w.t.app.ctx.db
      .selectFrom('hazards')
      .select('overdue_since')
      .where('id', '=', office)
      .executeTakeFirstOrThrow();
    expect(officeRow.overdue_since).toBe('2026-03-12');

    // The head sees the escalation among their to-dos; the enterprise sees its overdue to-do.
    const headTodos = (await w.call(w.head, 'GET', '/todos')).json() as { kind: string; objectId: string }[];
    expect(headTodos.filter((t) => t.kind === 'hazard.escalated').map((t) => t.objectId)).toEqual([late]);
    const enterpriseTodos = (await w.call(w.qiyeA, 'GET', '/todos')).json() as {
      kind: string;
      objectId: string;
    }[];
    expect(enterpriseTodos.filter((t) => t.kind === 'hazard.overdue').map((t) => t.objectId)).toEqual([late]);

    // Overdue shows wherever hazards are counted.
    const list = (await w.call(w.inspector, 'GET', '/hazards?pageSize=100')).json();
    expect(list).toMatchObject({ total: 4, openCount: 3, overdueCount: 2 });
    expect(
      (await w.call(w.inspector, 'GET', '/hazards?overdue=true'))
        .json()
        .items.map((h: { id: string }) => h.id)
        .sort(),
    ).toEqual([late, office].sort());
    expect((await w.call(w.qiyeA, 'GET', '/hazards')).json()).toMatchObject({
      openCount: 2,
      overdueCount: 1,
    });
    expect((await w.call(w.qiyeA, 'GET', `/hazards/${late}`)).json().hazard).toMatchObject({
      overdue: true,
      overdueSince: '2026-03-13',
    });
    const timeline = (await w.call(w.inspector, 'GET', `/hazards/${late}`))
      .json()
      .events.map((e: { action: string }) => e.action);
    expect(timeline).toEqual(['registered', 'overdue', 'escalated']);

    // Closing it closes every to-do about it, the escalation included.
    await w.call(w.qiyeA, 'POST', `/hazards/${late}/rectifications`, {
      doneOn: '2026-03-13',
      measures: '已整改',
      photoFileIds: [],
    });
    await w.call(w.inspector, 'POST', `/hazards/${late}/reinspection`, {
      outcome: 'close',
      reason: '',
      reinspectedOn: '2026-03-13',
    });
    expect(await openTodos(late)).toEqual([]);

    // An extended deadline that is missed again escalates again (deduplicated per deadline).
    const version = (await w.call(w.inspector, 'GET', `/hazards/${office}`)).json().hazard.version as number;
    await w.call(w.officeInspector, 'PUT', `/hazards/${office}/deadline`, {
      deadline: '2026-03-14',
      reason: '延期',
      version,
    });
    w.t.clock.set('2026-03-15T02:00:00.000Z');
    expect(await markOverdueHazards(w.t.app.ctx)).toEqual({ overdue: 1, enterpriseTodos: 1, escalations: 1 });
  });
});
