import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { MILESTONE_TODO_KIND } from './milestones.service.js';
import { raiseSchedulingWarnings } from './scheduling-overdue.job.js';
import { callAs, insertProject, openTodos } from './scheduling.test-support.js';

let t: TestApp;
let call: ReturnType<typeof callAs>;
let planner: string;
let reader: string;
let ownerId: string;
let projectOwnerId: string;
beforeAll(async () => {
  t = await buildTestApp(); // clock: 2026-01-15 10:00 in Asia/Shanghai
  call = callAs(t.app);
  await createUser(t.app, { username: 'planner', roleCodes: ['planning'] });
  await createUser(t.app, { username: 'leader', roleCodes: ['leader'] });
  ownerId = await createUser(t.app, { username: 'owner', roleCodes: ['planning'] });
  projectOwnerId = await createUser(t.app, { username: 'powner', roleCodes: ['planning'] });
  planner = await loginAs(t.app, 'planner');
  reader = await loginAs(t.app, 'leader');
});
afterAll(async () => {
  await t.close();
});

type M = { id: string; code: string; name: string; kind: string; overdue: boolean; version: number };

describe('milestones of a project', () => {
  it('creates the standard set once, with planned dates, and computes overdue with today', async () => {
    const projectId = await insertProject(t.app, { owner_user_id: projectOwnerId });
    const created = await call(planner, 'POST', `/projects/${projectId}/milestones/standard`, {
      planned: [
        { code: 'projectFiling', plannedOn: '2026-01-14' },
        { code: 'start', plannedOn: '2026-01-15' },
      ],
    });
    expect(created.statusCode).toBe(200);
    const list = created.json() as M[];
    expect(list).toHaveLength(13);
    expect(list.slice(0, 8).every((m) => m.kind === 'permit')).toBe(true);
    expect(list.map((m) => m.name).slice(0, 3)).toEqual(['立项备案', '用地预审', '土地出让']);
    expect(list[8]).toMatchObject({ code: 'start', name: '开工', plannedOn: '2026-01-15', overdue: false });
    // Planned yesterday and not done: overdue; planned today: not yet.
    expect(list.filter((m) => m.overdue).map((m) => m.code)).toEqual(['projectFiling']);

    const again = await call(planner, 'POST', `/projects/${projectId}/milestones/standard`, {});
    expect((again.json() as M[]).length).toBe(13);
    const readBack = await call(reader, 'GET', `/projects/${projectId}/milestones`);
    expect(readBack.statusCode).toBe(200);
    expect((readBack.json() as M[]).length).toBe(13);
  });

  it('adds custom milestones with a name, refuses a duplicate standard one and a future actual date', async () => {
    const projectId = await insertProject(t.app);
    const noName = await call(planner, 'POST', `/projects/${projectId}/milestones`, {
      kind: 'construction',
      code: 'custom',
      plannedOn: null,
      actualOn: null,
      ownerUserId: null,
      note: '',
    });
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({ code: 'SCHEDULING_CUSTOM_NAME_REQUIRED' });

    const eia = {
      kind: 'permit',
      code: 'eia',
      plannedOn: '2026-02-01',
      actualOn: null,
      ownerUserId: null,
      note: '',
    };
    const first = await call(planner, 'POST', `/projects/${projectId}/milestones`, eia);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ name: '环评', overdue: false, version: 1 });
    const dup = await call(planner, 'POST', `/projects/${projectId}/milestones`, eia);
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'SCHEDULING_MILESTONE_DUPLICATE' });
    const wrongKind = await call(planner, 'POST', `/projects/${projectId}/milestones`, {
      ...eia,
      code: 'topOut',
    });
    expect(wrongKind.statusCode).toBe(400);
    const future = await call(planner, 'POST', `/projects/${projectId}/milestones`, {
      ...eia,
      code: 'custom',
      name: '管网接入',
      actualOn: '2026-01-16',
    });
    expect(future.statusCode).toBe(400);
    const list = (await call(planner, 'GET', `/projects/${projectId}/milestones`)).json() as M[];
    expect(list.map((m) => m.code)).toEqual(['eia']);

    const { id } = first.json() as M;
    const update = { plannedOn: '2026-02-01', actualOn: '2026-01-10', ownerUserId: ownerId, note: '已批复' };
    const changed = await call(planner, 'PUT', `/projects/${projectId}/milestones/${id}`, {
      ...update,
      version: 1,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ actualOn: '2026-01-10', ownerUserId: ownerId, version: 2 });
    const stale = await call(planner, 'PUT', `/projects/${projectId}/milestones/${id}`, {
      ...update,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const staleDelete = await call(planner, 'DELETE', `/projects/${projectId}/milestones/${id}?version=1`);
    expect(staleDelete.statusCode).toBe(409);
    const deleted = await call(planner, 'DELETE', `/projects/${projectId}/milestones/${id}?version=2`);
    expect(deleted.statusCode).toBe(204);
    expect((await call(planner, 'GET', `/projects/${projectId}/milestones`)).json()).toEqual([]);
  });

  it('refuses writes without schedule:manage and answers 404 for an unknown project', async () => {
    const projectId = await insertProject(t.app);
    const body = { kinds: ['permit'] };
    expect((await call(reader, 'POST', `/projects/${projectId}/milestones/standard`, body)).statusCode).toBe(
      403,
    );
    const missing = '01900000-0000-7000-8000-000000000000';
    expect((await call(planner, 'GET', `/projects/${missing}/milestones`)).statusCode).toBe(404);
  });
});

describe('the overdue job on milestones', () => {
  it('raises one to-do per overdue milestone to its owner, else the project owner, else the department', async () => {
    const withOwner = await insertProject(t.app, { owner_user_id: projectOwnerId });
    const withDepartment = await insertProject(t.app, { department_id: t.departmentIds.office });
    const nobody = await insertProject(t.app);
    const add = (projectId: string, code: string, plannedOn: string, owner: string | null) =>
      call(planner, 'POST', `/projects/${projectId}/milestones`, {
        kind: code === 'start' ? 'construction' : 'permit',
        code,
        plannedOn,
        actualOn: null,
        ownerUserId: owner,
        note: '',
      });
    const a = (await add(withOwner, 'landSale', '2026-01-20', ownerId)).json() as M;
    const b = (await add(withOwner, 'start', '2026-01-20', null)).json() as M;
    const c = (await add(withDepartment, 'start', '2026-01-20', null)).json() as M;
    const d = (await add(nobody, 'start', '2026-01-20', null)).json() as M;

    // 2026-01-15: nothing of these is overdue yet.
    await raiseSchedulingWarnings(t.app.ctx);
    expect(await openTodos(t.app, MILESTONE_TODO_KIND, a.id)).toHaveLength(0);

    t.clock.advanceMinutes(7 * 24 * 60); // 2026-01-22
    planner = await loginAs(t.app, 'planner'); // the old session has expired
    await raiseSchedulingWarnings(t.app.ctx);
    const [toOwner] = await openTodos(t.app, MILESTONE_TODO_KIND, a.id);
    expect(toOwner).toMatchObject({ user_id: ownerId, department_id: null, due_on: '2026-01-20' });
    expect(toOwner!.title).toContain('土地出让');
    expect(await openTodos(t.app, MILESTONE_TODO_KIND, b.id)).toMatchObject([{ user_id: projectOwnerId }]);
    expect(await openTodos(t.app, MILESTONE_TODO_KIND, c.id)).toMatchObject([
      { user_id: null, department_id: t.departmentIds.office },
    ]);
    expect(await openTodos(t.app, MILESTONE_TODO_KIND, d.id)).toHaveLength(0);

    // A second run raises nothing new.
    const second = await raiseSchedulingWarnings(t.app.ctx);
    expect(second.milestoneTodos).toBe(0);
    expect(await openTodos(t.app, MILESTONE_TODO_KIND, a.id)).toHaveLength(1);

    // The owner sees it among their to-dos; recording the actual date closes it.
    const owner = await loginAs(t.app, 'owner');
    const todos = (await call(owner, 'GET', '/todos')).json() as { objectId: string }[];
    expect(todos.some((todo) => todo.objectId === a.id)).toBe(true);
    const listed = (await call(planner, 'GET', `/projects/${withOwner}/milestones`)).json() as M[];
    expect(listed.map((m) => m.overdue)).toEqual([true, true]);
    const done = await call(planner, 'PUT', `/projects/${withOwner}/milestones/${a.id}`, {
      plannedOn: '2026-01-20',
      actualOn: '2026-01-21',
      ownerUserId: ownerId,
      note: '',
      version: a.version,
    });
    expect(done.json()).toMatchObject({ overdue: false });
    expect(await openTodos(t.app, MILESTONE_TODO_KIND, a.id)).toHaveLength(0);
  });
});
