import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../../test/factories.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { insertProjectRow, investorBody } from './investment.test-support.js';

let t: TestApp;
let staff: string;
let leader: string;
let parkUser: string;
beforeAll(async () => {
  t = await buildTestApp();
  await createUser(t.app, { username: 'zhaoshang', roleCodes: ['investment'] });
  await createUser(t.app, { username: 'lingdao', roleCodes: ['leader'] });
  await createUser(t.app, {
    username: 'park2',
    roleCodes: ['investment'],
    scope: { kind: 'subParks', subParkIds: [t.subParkIds[1]] },
  });
  staff = await loginAs(t.app, 'zhaoshang');
  leader = await loginAs(t.app, 'lingdao');
  parkUser = await loginAs(t.app, 'park2');
});
afterAll(async () => {
  await t.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
const auditActions = async (id: string) =>
  (
    await t.app.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', id)
      .orderBy('seq')
      .execute()
  ).map((a) => a.action);

const agentBody = (overrides: object = {}) => ({
  name: '上海联创招商顾问有限公司',
  contactName: '刘经理',
  contactPhone: '13700002222',
  contractFrom: '2026-01-01',
  contractTo: '2026-12-31',
  note: '',
  ...overrides,
});

describe('investors (客商)', () => {
  it('records, lists (phones masked), changes and deletes an investor, each change audited', async () => {
    const created = await call(staff, 'POST', '/investors', investorBody({ name: '宁波甬兴机械' }));
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    expect(created.json()).toMatchObject({ name: '宁波甬兴机械', isForeign: false, version: 1 });

    const list = await call(leader, 'GET', '/investors?q=甬兴');
    expect(list.json()).toMatchObject({ total: 1, items: [{ id, contactPhone: '139****1111' }] });
    const detail = await call(leader, 'GET', `/investors/${id}`);
    expect(detail.json()).toMatchObject({
      id,
      contactPhone: '13900001111',
      leads: [],
      projects: [],
      activities: [],
    });

    const changed = await call(
      staff,
      'PUT',
      `/investors/${id}`,
      investorBody({ name: '宁波甬兴机械集团', version: 1 }),
    );
    expect(changed.json()).toMatchObject({ name: '宁波甬兴机械集团', version: 2 });
    const stale = await call(staff, 'PUT', `/investors/${id}`, investorBody({ name: 'X', version: 1 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect((await call(staff, 'GET', `/investors/${id}`)).json().name).toBe('宁波甬兴机械集团');

    expect((await call(staff, 'DELETE', `/investors/${id}?version=1`)).statusCode).toBe(409);
    expect((await call(staff, 'DELETE', `/investors/${id}?version=2`)).statusCode).toBe(204);
    expect((await call(staff, 'GET', `/investors/${id}`)).statusCode).toBe(404);
    expect(await auditActions(id)).toEqual(['investor.create', 'investor.update', 'investor.delete']);
  });

  it('refuses bad input with 400 and changes nothing', async () => {
    for (const bad of [
      { name: '' },
      { kind: 'group' },
      { industryCode: '36A' },
      { contactPhone: 'call me' },
      { isForeign: 'maybe' },
      { extra: 1 },
    ]) {
      const response = await call(staff, 'POST', '/investors', investorBody({ name: '无效客商', ...bad }));
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect((await call(staff, 'GET', '/investors?q=无效客商')).json()).toEqual({ items: [], total: 0 });
  });

  it('refuses to delete an investor a lead, activity or project names (409)', async () => {
    const make = async (name: string) =>
      (await call(staff, 'POST', '/investors', investorBody({ name }))).json() as { id: string };
    const withLead = await make('有线索的客商');
    const withActivity = await make('有活动的客商');
    const withProject = await make('有项目的客商');
    await call(staff, 'POST', '/leads', {
      title: '新能源电池项目',
      investorId: withLead.id,
      source: 'online',
      agentId: null,
      industryCode: null,
      estimatedInvestmentFen: null,
      receivedOn: '2026-03-01',
      followerUserId: null,
      departmentId: null,
      note: '',
    });
    await call(staff, 'POST', '/investment-activities', {
      kind: 'reception',
      title: '接待客商考察',
      startedOn: '2026-03-02',
      endedOn: '2026-03-02',
      place: '管委会',
      participants: '',
      counterparts: '',
      investorIds: [withActivity.id],
      outcome: '',
      departmentId: null,
    });
    await insertProjectRow(t.app, { investorId: withProject.id, subParkId: t.subParkIds[0] });
    for (const { id } of [withLead, withActivity, withProject]) {
      const response = await call(staff, 'DELETE', `/investors/${id}?version=1`);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('INVESTMENT_INVESTOR_REFERENCED');
    }
    const detail = (await call(staff, 'GET', `/investors/${withProject.id}`)).json();
    expect(detail.projects).toHaveLength(1);
    // The project lies in sub-park 1: a sub-park 2 user sees the investor but not the project.
    const parkView = await call(parkUser, 'GET', `/investors/${withProject.id}`);
    expect(parkView.statusCode).toBe(200);
    expect(parkView.json().projects).toEqual([]);
    expect((await call(staff, 'GET', `/investors/${withActivity.id}`)).json().activities).toMatchObject([
      { kind: 'reception', title: '接待客商考察', startedOn: '2026-03-02' },
    ]);
  });

  it('pages the list by name', async () => {
    for (const name of ['页测甲', '页测乙', '页测丙'])
      await call(staff, 'POST', '/investors', investorBody({ name }));
    const first = (await call(staff, 'GET', '/investors?q=页测&pageSize=2&page=1')).json();
    const second = (await call(staff, 'GET', '/investors?q=页测&pageSize=2&page=2')).json();
    expect(first.total).toBe(3);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    const names = [...first.items, ...second.items].map((i: { name: string }) => i.name);
    expect(names).toEqual([...names].sort());
  });
});

describe('agents (招商代理)', () => {
  it('counts the leads and projects an agent brought; projects in the caller scope only', async () => {
    const created = await call(staff, 'POST', '/investment-agents', agentBody());
    expect(created.statusCode).toBe(201);
    const agent = created.json() as { id: string };
    expect(created.json()).toMatchObject({ leadCount: 0, projectCount: 0, version: 1 });
    const lead = (title: string) => ({
      title,
      investorId: null,
      source: 'agent',
      agentId: agent.id,
      industryCode: '3670',
      estimatedInvestmentFen: 50_000_000_000,
      receivedOn: '2026-02-10',
      followerUserId: null,
      departmentId: null,
      note: '',
    });
    for (const title of ['汽车零部件项目', '精密模具项目'])
      expect((await call(staff, 'POST', '/leads', lead(title))).statusCode).toBe(201);
    await insertProjectRow(t.app, {
      agentId: agent.id,
      name: '汽车零部件项目',
      subParkId: t.subParkIds[0],
      plannedInvestmentCnyFen: 50_000_000_000,
    });
    await insertProjectRow(t.app, { agentId: agent.id, name: '模具项目', subParkId: t.subParkIds[1] });
    await insertProjectRow(t.app, { agentId: null, subParkId: t.subParkIds[1] });

    const listed = (await call(leader, 'GET', '/investment-agents?q=联创')).json();
    expect(listed).toMatchObject({ total: 1, items: [{ id: agent.id, leadCount: 2, projectCount: 2 }] });
    expect(listed.items[0].contactPhone).toBe('137****2222');
    const detail = (await call(leader, 'GET', `/investment-agents/${agent.id}`)).json();
    expect(detail.leads.map((l: { title: string }) => l.title).sort()).toEqual([
      '汽车零部件项目',
      '精密模具项目',
    ]);
    expect(detail.projects).toEqual([
      { id: expect.any(String), name: '模具项目', stage: 'signed', plannedInvestmentCnyFen: 0 },
      {
        id: expect.any(String),
        name: '汽车零部件项目',
        stage: 'signed',
        plannedInvestmentCnyFen: 50_000_000_000,
      },
    ]);
    // A sub-park 2 user: all leads (zone-level records) but only the sub-park 2 project.
    const park = (await call(parkUser, 'GET', `/investment-agents/${agent.id}`)).json();
    expect(park).toMatchObject({ leadCount: 2, projectCount: 1, projects: [{ name: '模具项目' }] });
  });

  it('changes an agent with optimistic concurrency and refuses reversed contract dates', async () => {
    const { id } = (
      await call(staff, 'POST', '/investment-agents', agentBody({ name: '深圳鹏程代理' }))
    ).json();
    const reversed = await call(
      staff,
      'POST',
      '/investment-agents',
      agentBody({ name: '倒序', contractTo: '2025-12-31' }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().code).toBe('INVESTMENT_DATES_REVERSED');
    const impossible = await call(
      staff,
      'POST',
      '/investment-agents',
      agentBody({ name: '倒序', contractTo: '2026-02-30' }),
    );
    expect(impossible.json().code).toBe('INVESTMENT_DATE_INVALID');
    expect((await call(staff, 'GET', '/investment-agents?q=倒序')).json().total).toBe(0);

    const changed = await call(
      staff,
      'PUT',
      `/investment-agents/${id}`,
      agentBody({ name: '深圳鹏程招商', version: 1 }),
    );
    expect(changed.json()).toMatchObject({ name: '深圳鹏程招商', version: 2 });
    const stale = await call(staff, 'PUT', `/investment-agents/${id}`, agentBody({ version: 1 }));
    expect(stale.statusCode).toBe(409);
    const badDates = await call(
      staff,
      'PUT',
      `/investment-agents/${id}`,
      agentBody({ contractTo: '2025-01-01', version: 2 }),
    );
    expect(badDates.statusCode).toBe(400);
    expect((await call(staff, 'GET', `/investment-agents/${id}`)).json()).toMatchObject({
      name: '深圳鹏程招商',
      version: 2,
    });
    expect(await auditActions(id)).toEqual(['investmentAgent.create', 'investmentAgent.update']);
    const missing = '01900000-0000-7000-8000-0000000000ee';
    expect(
      (await call(staff, 'PUT', `/investment-agents/${missing}`, agentBody({ version: 1 }))).statusCode,
    ).toBe(404);
  });
});

describe('investment permissions', () => {
  it('a reader may not write; an enterprise user gets 403 on every investment route', async () => {
    expect((await call(leader, 'POST', '/investors', investorBody())).statusCode).toBe(403);
    await createUser(t.app, {
      username: 'qiye',
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: '01900000-0000-7000-8000-0000000000aa' },
    });
    const enterpriseUser = await loginAs(t.app, 'qiye');
    const id = '01900000-0000-7000-8000-0000000000ab';
    const routes: [Method, string, object?][] = [
      ['GET', '/investors'],
      ['GET', `/investors/${id}`],
      ['POST', '/investors', investorBody()],
      ['PUT', `/investors/${id}`, investorBody({ version: 1 })],
      ['DELETE', `/investors/${id}?version=1`],
      ['GET', '/investment-agents'],
      ['GET', `/investment-agents/${id}`],
      ['POST', '/investment-agents', agentBody()],
      ['GET', '/leads'],
      ['GET', `/leads/${id}`],
      ['POST', `/leads/${id}/drop`, { reason: '无', version: 1 }],
      ['GET', '/investment-activities'],
      ['GET', `/investment-activities/${id}`],
      ['DELETE', `/investment-activities/${id}?version=1`],
    ];
    for (const [method, url, payload] of routes)
      expect((await call(enterpriseUser, method, url, payload)).statusCode, `${method} ${url}`).toBe(403);
  });
});
