import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { investorBody } from './investment.test-support.js';

let t: TestApp;
let staff: string;
let parkUser: string;
let deptUser: string;
let followerId: string;
let investorId: string;
let agentId: string;
beforeAll(async () => {
  // 2026-05-21 01:00 in Shanghai, still 2026-05-20 in UTC: the drop date must be Shanghai's.
  t = await buildTestApp({ clock: new ManualClock('2026-05-20T17:00:00Z') });
  followerId = await createUser(t.app, { username: 'genjin', roleCodes: ['investment'] });
  await createUser(t.app, {
    username: 'park3',
    roleCodes: ['leader'],
    scope: { kind: 'subParks', subParkIds: [t.subParkIds[2]] },
  });
  await createUser(t.app, {
    username: 'bumen',
    roleCodes: ['economic'],
    scope: { kind: 'department' },
    departmentId: t.departmentIds.safety,
  });
  staff = await loginAs(t.app, 'genjin');
  parkUser = await loginAs(t.app, 'park3');
  deptUser = await loginAs(t.app, 'bumen');
  investorId = (await call(staff, 'POST', '/investors', investorBody({ name: '杭州东方科技' }))).json().id;
  agentId = (
    await call(staff, 'POST', '/investment-agents', {
      name: '南京金桥代理',
      contactName: '周',
      contactPhone: null,
      contractFrom: null,
      contractTo: null,
      note: '',
    })
  ).json().id;
});
afterAll(async () => {
  await t.close();
});

type Method = 'GET' | 'POST' | 'PUT';
const call = (cookie: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const lead = (overrides: object = {}) => ({
  title: '半导体封测项目',
  investorId,
  source: 'businessReferral',
  agentId: null,
  industryCode: '3973',
  estimatedInvestmentFen: 1_200_000_000_000,
  receivedOn: '2026-04-15',
  followerUserId: followerId,
  departmentId: t.departmentIds.office,
  note: '由园区企业介绍',
  ...overrides,
});
const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);

describe('leads (线索)', () => {
  it('records a lead with its names, changes it and refuses a stale version', async () => {
    const created = await call(staff, 'POST', '/leads', lead());
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    expect(created.json()).toMatchObject({
      status: 'open',
      investorName: '杭州东方科技',
      followerName: 'genjin',
      agentName: null,
      estimatedInvestmentFen: 1_200_000_000_000,
      dropReason: null,
      version: 1,
    });
    const changed = await call(staff, 'PUT', `/leads/${id}`, lead({ source: 'agent', agentId, version: 1 }));
    expect(changed.json()).toMatchObject({ source: 'agent', agentName: '南京金桥代理', version: 2 });
    const stale = await call(staff, 'PUT', `/leads/${id}`, lead({ title: '旧', version: 1 }));
    expect(stale.statusCode).toBe(409);
    expect((await call(staff, 'GET', `/leads/${id}`)).json()).toMatchObject({
      title: '半导体封测项目',
      version: 2,
    });
    const actions = await t.app.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['lead.create', 'lead.update']);
  });

  it('refuses inconsistent references with stable codes and records nothing', async () => {
    const enterpriseAccount = await createUser(t.app, {
      username: 'qiyezhanghao',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: '01900000-0000-7000-8000-0000000000aa' },
    });
    const missing = '01900000-0000-7000-8000-0000000000ee';
    const cases: [object, string][] = [
      [{ source: 'agent', agentId: null }, 'INVESTMENT_LEAD_AGENT_MISMATCH'],
      [{ source: 'online', agentId }, 'INVESTMENT_LEAD_AGENT_MISMATCH'],
      [{ source: 'agent', agentId: missing }, 'INVESTMENT_AGENT_UNKNOWN'],
      [{ investorId: missing }, 'INVESTMENT_INVESTOR_UNKNOWN'],
      [{ followerUserId: missing }, 'INVESTMENT_FOLLOWER_UNKNOWN'],
      [{ followerUserId: enterpriseAccount }, 'INVESTMENT_FOLLOWER_UNKNOWN'],
      [{ departmentId: missing }, 'INVESTMENT_DEPARTMENT_UNKNOWN'],
      [{ receivedOn: '2026-02-30' }, 'INVESTMENT_DATE_INVALID'],
      [{ source: 'fair' }, 'VALIDATION_FAILED'],
      [{ estimatedInvestmentFen: -1 }, 'VALIDATION_FAILED'],
      [{ estimatedInvestmentFen: 1.5 }, 'VALIDATION_FAILED'],
      [{ title: '' }, 'VALIDATION_FAILED'],
      [{ title: '   ' }, 'VALIDATION_FAILED'],
    ];
    for (const [bad, code] of cases) {
      const response = await call(staff, 'POST', '/leads', lead({ title: '应被拒绝', ...bad }));
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().code, JSON.stringify(bad)).toBe(code);
    }
    expect((await call(staff, 'GET', '/leads?q=应被拒绝')).json()).toEqual({ items: [], total: 0 });
  });

  it('drops an open lead with a reason; converted or dropped leads are refused (409)', async () => {
    const { id } = (await call(staff, 'POST', '/leads', lead({ title: '待放弃' }))).json();
    expect(
      (await call(staff, 'POST', `/leads/${id}/drop`, { reason: '客商转投他处', version: 2 })).statusCode,
    ).toBe(409);
    const dropped = await call(staff, 'POST', `/leads/${id}/drop`, { reason: '客商转投他处', version: 1 });
    expect(dropped.statusCode).toBe(200);
    expect(dropped.json()).toMatchObject({
      status: 'dropped',
      dropReason: '客商转投他处',
      droppedOn: '2026-05-21',
      version: 2,
    });
    const again = await call(staff, 'POST', `/leads/${id}/drop`, { reason: '再次', version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVESTMENT_LEAD_NOT_OPEN');
    expect((await call(staff, 'POST', `/leads/${id}/drop`, { reason: '', version: 2 })).statusCode).toBe(400);
    const blank = (await call(staff, 'POST', '/leads', lead({ title: '空白原因' }))).json();
    expect(
      (await call(staff, 'POST', `/leads/${blank.id}/drop`, { reason: '  ', version: 1 })).statusCode,
    ).toBe(400);
    expect((await call(staff, 'GET', `/leads/${blank.id}`)).json()).toMatchObject({
      status: 'open',
      version: 1,
    });

    const converted = (await call(staff, 'POST', '/leads', lead({ title: '已转化' }))).json();
    // The projects module marks a lead converted when a project is created from it.
    await t.app.ctx.db
      .updateTable('investment_leads')
      .set({ status: 'converted' })
      .where('id', '=', converted.id)
      .execute();
    const refused = await call(staff, 'POST', `/leads/${converted.id}/drop`, {
      reason: '不要了',
      version: 1,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'INVESTMENT_LEAD_NOT_OPEN',
      message: expect.stringContaining('已转为项目'),
    });
    expect((await call(staff, 'GET', `/leads/${converted.id}`)).json()).toMatchObject({
      status: 'converted',
      version: 1,
    });
    const missing = '01900000-0000-7000-8000-0000000000ee';
    expect(
      (await call(staff, 'POST', `/leads/${missing}/drop`, { reason: '无', version: 1 })).statusCode,
    ).toBe(404);
  });

  it('filters by source, status, follower, keyword and received dates, latest first', async () => {
    const mark = '筛选';
    const rows = [
      { title: `${mark}A`, source: 'expo', receivedOn: '2026-01-05', followerUserId: null },
      { title: `${mark}B`, source: 'expo', receivedOn: '2026-02-05' },
      { title: `${mark}C`, source: 'higherLevel', receivedOn: '2026-03-05' },
      { title: `${mark}D`, source: 'trip', receivedOn: '2026-03-31', investorId: null },
    ];
    for (const row of rows) expect((await call(staff, 'POST', '/leads', lead(row))).statusCode).toBe(201);
    const q = `q=${encodeURIComponent(mark)}`;
    expect(titles((await call(staff, 'GET', `/leads?${q}`)).json())).toEqual([
      `${mark}D`,
      `${mark}C`,
      `${mark}B`,
      `${mark}A`,
    ]);
    expect(titles((await call(staff, 'GET', `/leads?${q}&source=expo`)).json())).toEqual([
      `${mark}B`,
      `${mark}A`,
    ]);
    expect(titles((await call(staff, 'GET', `/leads?${q}&followerUserId=${followerId}`)).json())).toEqual([
      `${mark}D`,
      `${mark}C`,
      `${mark}B`,
    ]);
    const range = await call(staff, 'GET', `/leads?${q}&receivedFrom=2026-02-05&receivedTo=2026-03-05`);
    expect(titles(range.json())).toEqual([`${mark}C`, `${mark}B`]);
    const paged = (await call(staff, 'GET', `/leads?${q}&pageSize=3&page=2`)).json();
    expect(paged).toMatchObject({ total: 4, items: [{ title: `${mark}A` }] });
    // Keyword matches the investor's name too.
    expect((await call(staff, 'GET', '/leads?q=东方科技&source=higherLevel')).json().total).toBe(1);
    expect((await call(staff, 'GET', `/leads?${q}&status=dropped`)).json().total).toBe(0);
    expect((await call(staff, 'GET', '/leads?source=fair')).statusCode).toBe(400);
  });

  it('shows leads to sub-park and department users too: they are zone-level records', async () => {
    const { id } = (await call(staff, 'POST', '/leads', lead({ title: '全区可见' }))).json();
    for (const cookie of [parkUser, deptUser]) {
      expect((await call(cookie, 'GET', `/leads/${id}`)).statusCode).toBe(200);
      expect((await call(cookie, 'GET', '/leads?q=全区可见')).json().total).toBe(1);
      expect(
        (await call(cookie, 'POST', `/leads/${id}/drop`, { reason: '无权', version: 1 })).statusCode,
      ).toBe(403);
    }
  });
});
