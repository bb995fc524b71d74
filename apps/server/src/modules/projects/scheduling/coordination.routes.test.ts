import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { SUPERVISION_TODO_KIND } from './issues.service.js';
import { raiseSchedulingWarnings } from './scheduling-overdue.job.js';
import { callAs, insertProject, openTodos } from './scheduling.test-support.js';

let t: TestApp;
let call: ReturnType<typeof callAs>;
let planner: string;
let projectId: string;
beforeAll(async () => {
  t = await buildTestApp(); // clock: 2026-01-15 in Asia/Shanghai
  call = callAs(t.app);
  await createUser(t.app, { username: 'planner', roleCodes: ['planning'] });
  planner = await loginAs(t.app, 'planner');
  projectId = await insertProject(t.app, { stage: 'signed' });
});
afterAll(async () => {
  await t.close();
});

type Issue = {
  id: string;
  status: string;
  version: number;
  overdue: boolean;
  supervised: boolean;
  stage: string;
};
const issueBody = (overrides: object = {}) => ({
  description: '供电线路迁改滞后',
  responsibleDepartmentId: t.departmentIds.office,
  ownerUserId: null,
  deadline: '2026-01-20',
  ...overrides,
});

describe('coordination issues (协调事项)', () => {
  it('moves open → inProgress → solved and refuses any other move with 409', async () => {
    const created = await call(planner, 'POST', `/projects/${projectId}/coordination-issues`, issueBody());
    expect(created.statusCode).toBe(201);
    const issue = created.json() as Issue;
    expect(issue).toMatchObject({ status: 'open', stage: 'signed', overdue: false, supervised: false });
    const move = (to: string, version: number, extra: object = {}) =>
      call(planner, 'POST', `/coordination-issues/${issue.id}/transitions`, { to, version, ...extra });

    const started = await move('inProgress', 1);
    expect(started.json()).toMatchObject({ status: 'inProgress', version: 2 });
    const again = await move('inProgress', 2);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'SCHEDULING_ILLEGAL_TRANSITION' });
    const noSolution = await move('solved', 2);
    expect(noSolution.statusCode).toBe(400);
    const solved = await move('solved', 2, { solution: '供电公司已完成迁改' });
    expect(solved.json()).toMatchObject({
      status: 'solved',
      solvedOn: '2026-01-15',
      solution: '供电公司已完成迁改',
    });
    const reopen = await move('inProgress', 3);
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json()).toMatchObject({ code: 'SCHEDULING_ILLEGAL_TRANSITION' });
    const edit = await call(planner, 'PUT', `/coordination-issues/${issue.id}`, {
      ...issueBody(),
      version: 3,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'SCHEDULING_ISSUE_SOLVED' });
    expect((await call(planner, 'GET', `/coordination-issues/${issue.id}`)).json()).toMatchObject({
      status: 'solved',
      version: 3,
    });

    // open → solved directly is allowed.
    const other = (
      await call(planner, 'POST', `/projects/${projectId}/coordination-issues`, issueBody())
    ).json() as Issue;
    const direct = await call(planner, 'POST', `/coordination-issues/${other.id}/transitions`, {
      to: 'solved',
      solution: '现场协调解决',
      version: 1,
    });
    expect(direct.json()).toMatchObject({ status: 'solved' });
  });

  it('refuses an unknown department', async () => {
    const res = await call(
      planner,
      'POST',
      `/projects/${projectId}/coordination-issues`,
      issueBody({ responsibleDepartmentId: '01900000-0000-7000-8000-000000000000' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'SCHEDULING_DEPARTMENT_UNKNOWN' });
  });
});

describe('scheduling meetings (调度会)', () => {
  const meeting = (decisions: object[]) => ({
    heldOn: '2026-01-15',
    title: '一月重点项目调度会',
    chair: '王主任',
    attendees: '经发局、规划建设局',
    minutes: '会议研究了重点项目推进中的问题。',
    fileIds: [],
    decisions,
  });

  it('saves nothing when one decision is bad', async () => {
    const before = await t.app.ctx.db.selectFrom('coordination_issues').select('id').execute();
    const res = await call(
      planner,
      'POST',
      '/scheduling-meetings',
      meeting([
        {
          projectId,
          description: '土地指标',
          responsibleDepartmentId: t.departmentIds.office,
          deadline: '2026-01-22',
        },
        {
          projectId: '01900000-0000-7000-8000-000000000000',
          description: '不存在的项目',
          responsibleDepartmentId: t.departmentIds.office,
          deadline: '2026-01-22',
        },
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'SCHEDULING_DECISION_INVALID',
      details: [{ path: '/decisions/1' }],
    });
    expect(await t.app.ctx.db.selectFrom('scheduling_meetings').select('id').execute()).toHaveLength(0);
    expect(await t.app.ctx.db.selectFrom('coordination_issues').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('turns decisions into issues that go overdue, supervised (督办) with a to-do, a week later', async () => {
    const res = await call(
      planner,
      'POST',
      '/scheduling-meetings',
      meeting([
        {
          projectId,
          description: '协调解决施工用水接入',
          responsibleDepartmentId: t.departmentIds.safety,
          deadline: '2026-01-20',
        },
        {
          projectId,
          description: '办理施工许可',
          responsibleDepartmentId: t.departmentIds.office,
          deadline: '2026-02-28',
        },
      ]),
    );
    expect(res.statusCode).toBe(201);
    const detail = res.json() as {
      meeting: { id: string; issueCount: number };
      issues: (Issue & { decision: string })[];
    };
    expect(detail.meeting.issueCount).toBe(2);
    expect(detail.issues.map((i) => [i.decision, i.overdue, i.supervised])).toEqual([
      ['协调解决施工用水接入', false, false],
      ['办理施工许可', false, false],
    ]);
    const [water, permit] = detail.issues as unknown as [Issue, Issue];
    const listed = (await call(planner, 'GET', '/scheduling-meetings')).json() as {
      id: string;
      openIssueCount: number;
    }[];
    expect(listed).toMatchObject([{ id: detail.meeting.id, openIssueCount: 2 }]);

    // A week and a day later (2026-01-23) the water issue is past its deadline.
    t.clock.advanceMinutes(8 * 24 * 60);
    planner = await loginAs(t.app, 'planner');
    const overdue = (await call(planner, 'GET', '/coordination-issues?overdue=true')).json() as Issue[];
    expect(overdue.map((i) => i.id)).toEqual([water.id]);

    const run = await raiseSchedulingWarnings(t.app.ctx);
    expect(run).toMatchObject({ supervisedIssues: 1, supervisionTodos: 1 });
    const [todo] = await openTodos(t.app, SUPERVISION_TODO_KIND, water.id);
    expect(todo).toMatchObject({
      department_id: t.departmentIds.safety,
      user_id: null,
      due_on: '2026-01-20',
    });
    expect(todo!.title).toMatch(/^督办:/);
    expect(await openTodos(t.app, SUPERVISION_TODO_KIND, permit.id)).toHaveLength(0);
    const again = await raiseSchedulingWarnings(t.app.ctx);
    expect(again).toMatchObject({ supervisedIssues: 0, supervisionTodos: 0 });
    expect(await openTodos(t.app, SUPERVISION_TODO_KIND, water.id)).toHaveLength(1);

    const supervised = (await call(planner, 'GET', '/coordination-issues?supervised=true')).json() as Issue[];
    expect(supervised).toMatchObject([{ id: water.id, overdue: true, supervised: true }]);
    const overview = (await call(planner, 'GET', '/scheduling/overview')).json() as object[];
    expect(overview).toContainEqual(
      expect.objectContaining({
        projectId,
        openIssueCount: 2,
        overdueIssueCount: 1,
        supervisedIssueCount: 1,
      }),
    );

    // Solving it closes the supervision to-do; it stays marked as having been supervised.
    const solved = await call(planner, 'POST', `/coordination-issues/${water.id}/transitions`, {
      to: 'solved',
      solution: '水务公司已接通',
      version: 1,
    });
    expect(solved.json()).toMatchObject({ status: 'solved', overdue: false, supervised: true });
    expect(await openTodos(t.app, SUPERVISION_TODO_KIND, water.id)).toHaveLength(0);
  });
});

describe('PUT /api/v1/coordination-issues/:id', () => {
  it('edits an unsolved issue; a deadline moved out of the past closes its 督办 to-do', async () => {
    planner = await loginAs(t.app, 'planner');
    // The clock stands at 2026-01-23 after the meeting journey above.
    const created = await call(
      planner,
      'POST',
      `/projects/${projectId}/coordination-issues`,
      issueBody({ deadline: '2026-01-21' }),
    );
    const issue = created.json() as Issue;
    expect(issue.overdue).toBe(true);
    await raiseSchedulingWarnings(t.app.ctx);
    expect(await openTodos(t.app, SUPERVISION_TODO_KIND, issue.id)).toHaveLength(1);

    const unknown = await call(planner, 'PUT', `/coordination-issues/${issue.id}`, {
      ...issueBody({
        responsibleDepartmentId: '01900000-0000-7000-8000-000000000000',
        deadline: '2026-02-10',
      }),
      version: 1,
    });
    expect(unknown.statusCode).toBe(400);
    expect((await call(planner, 'GET', `/coordination-issues/${issue.id}`)).json()).toMatchObject({
      deadline: '2026-01-21',
      version: 1,
    });

    const moved = await call(planner, 'PUT', `/coordination-issues/${issue.id}`, {
      ...issueBody({
        description: '供电线路迁改(已报供电公司)',
        deadline: '2026-02-10',
        responsibleDepartmentId: t.departmentIds.safety,
      }),
      version: 1,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      description: '供电线路迁改(已报供电公司)',
      deadline: '2026-02-10',
      responsibleDepartmentId: t.departmentIds.safety,
      overdue: false,
      supervised: true,
      version: 2,
    });
    expect(await openTodos(t.app, SUPERVISION_TODO_KIND, issue.id)).toHaveLength(0);
    const stale = await call(planner, 'PUT', `/coordination-issues/${issue.id}`, {
      ...issueBody(),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('POST /api/v1/scheduling-meetings attachments', () => {
  it('refuses an attachment id that does not exist, saving nothing', async () => {
    const before = await t.app.ctx.db.selectFrom('scheduling_meetings').select('id').execute();
    const res = await call(planner, 'POST', '/scheduling-meetings', {
      heldOn: '2026-01-23',
      title: '专题调度会',
      chair: '',
      attendees: '',
      minutes: '',
      fileIds: ['01900000-0000-7000-8000-000000000000'],
      decisions: [],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'SCHEDULING_FILE_UNKNOWN' });
    expect(await t.app.ctx.db.selectFrom('scheduling_meetings').select('id').execute()).toHaveLength(
      before.length,
    );
  });
});
