import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../../test/factories.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';
import { callAs, insertProject } from './scheduling.test-support.js';

let t: TestApp;
let call: ReturnType<typeof callAs>;
let staff: string;
let parkUser: string;
let qiye: string;
let officeUser: string;
let projectA: string; // enterprise A, sub-park 1
let projectB: string; // enterprise B, sub-park 2
let issueA: string;
let issueB: string;
let meetingId: string;
beforeAll(async () => {
  t = await buildTestApp();
  call = callAs(t.app);
  await createUser(t.app, { username: 'invest', roleCodes: ['investment'] });
  staff = await loginAs(t.app, 'invest');
  await createUser(t.app, {
    username: 'park1',
    roleCodes: ['investment'],
    scope: { kind: 'subParks', subParkIds: [t.subParkIds[0]] },
  });
  parkUser = await loginAs(t.app, 'park1');
  await createUser(t.app, {
    username: 'office',
    roleCodes: ['planning'],
    scope: { kind: 'department' },
    departmentId: t.departmentIds.office,
  });
  officeUser = await loginAs(t.app, 'office');
  const enterpriseA = await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[0] });
  const enterpriseB = await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[1] });
  await createUser(t.app, {
    username: 'qiye1',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: enterpriseA },
  });
  qiye = await loginAs(t.app, 'qiye1');
  projectA = await insertProject(t.app, {
    enterprise_id: enterpriseA,
    sub_park_id: t.subParkIds[0],
    name: '甲项目',
  });
  projectB = await insertProject(t.app, {
    enterprise_id: enterpriseB,
    sub_park_id: t.subParkIds[1],
    name: '乙项目',
  });
  for (const id of [projectA, projectB]) {
    await call(staff, 'POST', `/projects/${id}/milestones/standard`, { kinds: ['construction'] });
    await call(staff, 'POST', `/projects/${id}/progress-reports`, {
      period: '2026-01',
      progressNote: '施工中',
      photoFileIds: [],
      investmentThisMonthFen: 100,
    });
  }
  const meeting = await call(staff, 'POST', '/scheduling-meetings', {
    heldOn: '2026-01-15',
    title: '调度会',
    chair: '王主任',
    attendees: '',
    minutes: '',
    fileIds: [],
    decisions: [
      {
        projectId: projectA,
        description: '甲的问题',
        responsibleDepartmentId: t.departmentIds.safety,
        deadline: '2026-01-20',
      },
      {
        projectId: projectB,
        description: '乙的问题',
        responsibleDepartmentId: t.departmentIds.office,
        deadline: '2026-01-20',
      },
    ],
  });
  const detail = meeting.json() as { meeting: { id: string }; issues: { id: string; projectId: string }[] };
  meetingId = detail.meeting.id;
  issueA = detail.issues.find((i) => i.projectId === projectA)!.id;
  issueB = detail.issues.find((i) => i.projectId === projectB)!.id;
});
afterAll(async () => {
  await t.close();
});

const subResources = ['milestones', 'progress-reports', 'funding-sources', 'coordination-issues'];
const ids = (res: { json(): unknown }) => (res.json() as { id: string }[]).map((r) => r.id);

describe('data scope of scheduling', () => {
  it("lets an enterprise account read its own project's scheduling only (404 for another's)", async () => {
    for (const part of subResources) {
      expect((await call(qiye, 'GET', `/projects/${projectA}/${part}`)).statusCode).toBe(200);
      expect((await call(qiye, 'GET', `/projects/${projectB}/${part}`)).statusCode).toBe(404);
    }
    expect(ids(await call(qiye, 'GET', '/coordination-issues'))).toEqual([issueA]);
    expect((await call(qiye, 'GET', `/coordination-issues/${issueB}`)).statusCode).toBe(404);
    const overview = (await call(qiye, 'GET', '/scheduling/overview')).json() as { projectId: string }[];
    expect(overview.map((r) => r.projectId)).toEqual([projectA]);
    // Minutes speak of many enterprises: meetings are not shown to enterprise accounts.
    expect((await call(qiye, 'GET', '/scheduling-meetings')).json()).toEqual([]);
    expect((await call(qiye, 'GET', `/scheduling-meetings/${meetingId}`)).statusCode).toBe(404);
    const write = await call(qiye, 'POST', `/coordination-issues/${issueA}/transitions`, {
      to: 'inProgress',
      version: 1,
    });
    expect(write.statusCode).toBe(403);
  });

  it('lets a sub-park account see and change only its sub-parks’ projects', async () => {
    for (const part of subResources) {
      expect((await call(parkUser, 'GET', `/projects/${projectA}/${part}`)).statusCode).toBe(200);
      expect((await call(parkUser, 'GET', `/projects/${projectB}/${part}`)).statusCode).toBe(404);
    }
    const onB = await call(parkUser, 'POST', `/projects/${projectB}/milestones`, {
      kind: 'permit',
      code: 'eia',
      plannedOn: null,
      actualOn: null,
      ownerUserId: null,
      note: '',
    });
    expect(onB.statusCode).toBe(404);
    const moveB = await call(parkUser, 'POST', `/coordination-issues/${issueB}/transitions`, {
      to: 'inProgress',
      version: 1,
    });
    expect(moveB.statusCode).toBe(404);
    expect(ids(await call(parkUser, 'GET', '/coordination-issues'))).toEqual([issueA]);
    const overview = (await call(parkUser, 'GET', '/scheduling/overview')).json() as { projectId: string }[];
    expect(overview.map((r) => r.projectId)).toEqual([projectA]);
    const detail = (await call(parkUser, 'GET', `/scheduling-meetings/${meetingId}`)).json() as {
      meeting: { issueCount: number };
      issues: { id: string }[];
    };
    expect(detail.issues.map((i) => i.id)).toEqual([issueA]);
    expect(detail.meeting.issueCount).toBe(1);
    const foreignDecision = await call(parkUser, 'POST', '/scheduling-meetings', {
      heldOn: '2026-01-15',
      title: '园区调度会',
      chair: '',
      attendees: '',
      minutes: '',
      fileIds: [],
      decisions: [
        {
          projectId: projectB,
          description: '越权',
          responsibleDepartmentId: t.departmentIds.office,
          deadline: '2026-01-30',
        },
      ],
    });
    expect(foreignDecision.statusCode).toBe(400);
    expect(foreignDecision.json()).toMatchObject({ code: 'SCHEDULING_DECISION_INVALID' });
    expect(await t.app.ctx.db.selectFrom('scheduling_meetings').select('id').execute()).toHaveLength(1);
  });

  it('shows a department the issues it is responsible for, but not the rest of the project', async () => {
    expect(ids(await call(officeUser, 'GET', '/coordination-issues'))).toEqual([issueB]);
    expect((await call(officeUser, 'GET', `/projects/${projectB}/milestones`)).statusCode).toBe(404);
    const started = await call(officeUser, 'POST', `/coordination-issues/${issueB}/transitions`, {
      to: 'inProgress',
      version: 1,
    });
    expect(started.json()).toMatchObject({ status: 'inProgress' });
  });
});
