import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnterpriseFile, EnterpriseProjectItem, ProjectDetail } from '@kaifaqu/contracts';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';
import { enterpriseBody, registerEnterprise } from '../enterprises/enterprises.test-support.js';
import { callAs, createProject, projectBody } from './projects.test-support.js';

let t: TestApp;
let staff: string;
let parkUser: string;
let qiye: string;
let otherQiye: string;
let enterpriseId: string;
let otherEnterpriseId: string;
let inPark1: ProjectDetail;
let inPark2: ProjectDetail;
let call: ReturnType<typeof callAs>;
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
  enterpriseId = await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[0] });
  otherEnterpriseId = await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[1] });
  await createUser(t.app, {
    username: 'qiye1',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId },
  });
  await createUser(t.app, {
    username: 'qiye2',
    roleCodes: ['enterprise'],
    scope: { kind: 'enterprise', enterpriseId: otherEnterpriseId },
  });
  qiye = await loginAs(t.app, 'qiye1');
  otherQiye = await loginAs(t.app, 'qiye2');
  inPark1 = await createProject(t.app, staff, { name: '一园项目', subParkId: t.subParkIds[0] });
  inPark2 = await createProject(t.app, staff, { name: '二园项目', subParkId: t.subParkIds[1] });
});
afterAll(async () => {
  await t.close();
});

const sectionOf = async (cookie: string, id: string) => {
  const file = (await call(cookie, 'GET', `/enterprises/${id}/file`)).json<EnterpriseFile>();
  return file.sections.find((s) => s.key === 'projects')?.data as EnterpriseProjectItem[] | undefined;
};

describe('POST /api/v1/projects/:id/enterprise', () => {
  it('links an existing enterprise; the project shows on its 一企一档', async () => {
    expect(await sectionOf(staff, enterpriseId)).toEqual([]);
    const linked = await call(staff, 'POST', `/projects/${inPark1.id}/enterprise`, {
      enterpriseId,
      version: 1,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    inPark1 = linked.json<ProjectDetail>();
    expect(inPark1).toMatchObject({ enterpriseId, version: 2 });
    expect(await sectionOf(staff, enterpriseId)).toEqual([
      {
        id: inPark1.id,
        code: inPark1.code,
        name: '一园项目',
        stage: 'lead',
        stageSince: '2026-01-02',
        currency: 'CNY',
        plannedInvestment: 50_000_000_000,
        plannedInvestmentCnyFen: 50_000_000_000,
        warnings: 0,
      },
    ]);
    // The enterprise sees its own project on its own file.
    expect((await sectionOf(qiye, enterpriseId))?.map((p) => p.id)).toEqual([inPark1.id]);
  });

  it('registers the enterprise through the registry and links it', async () => {
    const p = await createProject(t.app, staff, { name: '新设企业项目', subParkId: t.subParkIds[0] });
    const body = enterpriseBody({ name: '新设项目公司', subParkId: t.subParkIds[0] });
    const created = await call(staff, 'POST', `/projects/${p.id}/enterprise`, { create: body, version: 1 });
    expect(created.statusCode, created.body).toBe(200);
    const newId = created.json<ProjectDetail>().enterpriseId!;
    expect(created.json<ProjectDetail>().enterpriseName).toBe('新设项目公司');
    const enterprise = await call(staff, 'GET', `/enterprises/${newId}`);
    expect(enterprise.json()).toMatchObject({ name: '新设项目公司', creditCode: body.creditCode });
    // Already linked: creating another is refused, and nothing is registered.
    const again = await call(staff, 'POST', `/projects/${p.id}/enterprise`, {
      create: enterpriseBody({ subParkId: t.subParkIds[0] }),
      version: 2,
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'PROJECT_ENTERPRISE_ALREADY_LINKED']);
    const count = await t.app.ctx.db
      .selectFrom('enterprises')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });

  it('refuses an enterprise outside the caller scope', async () => {
    const p = await createProject(t.app, parkUser, { subParkId: t.subParkIds[0] });
    const r = await call(parkUser, 'POST', `/projects/${p.id}/enterprise`, {
      enterpriseId: otherEnterpriseId,
      version: 1,
    });
    expect([r.statusCode, r.json().code]).toEqual([400, 'PROJECT_REFERENCE_UNKNOWN']);
    expect((await call(staff, 'GET', `/projects/${p.id}`)).json().enterpriseId).toBeNull();
  });
});

describe('data scope', () => {
  it('shows an enterprise user only the projects linked to its enterprise', async () => {
    const listed = (await call(qiye, 'GET', '/projects')).json<{ items: { id: string }[]; total: number }>();
    expect(listed).toMatchObject({ total: 1, items: [{ id: inPark1.id }] });
    expect((await call(qiye, 'GET', `/projects/${inPark1.id}`)).statusCode).toBe(200);
    for (const url of [
      `/projects/${inPark2.id}`,
      `/projects/${inPark2.id}/agreements`,
      `/projects/${inPark2.id}/funds`,
    ])
      expect((await call(qiye, 'GET', url)).statusCode, url).toBe(404);
    expect((await call(otherQiye, 'GET', '/projects')).json().total).toBe(0);
    expect((await call(otherQiye, 'GET', `/projects/${inPark1.id}`)).statusCode).toBe(404);
    expect(await sectionOf(otherQiye, otherEnterpriseId)).toEqual([]);
    // Reading only: every write is refused.
    const writes: [string, string, object][] = [
      ['POST', '/projects', projectBody()],
      [
        'POST',
        `/projects/${inPark1.id}/stage`,
        { stage: 'negotiating', enteredOn: '2026-01-05', version: 2 },
      ],
      ['PUT', `/projects/${inPark1.id}/funds`, { period: '2026-01', origin: 'inProvince', amountCnyFen: 1 }],
    ];
    for (const [method, url, body] of writes)
      expect((await call(qiye, method as 'POST', url, body)).statusCode, url).toBe(403);
  });

  it('shows a sub-park user only its sub-park and refuses to write outside it', async () => {
    const listed = (await call(parkUser, 'GET', '/projects?pageSize=200')).json<{
      items: { subParkId: string }[];
    }>();
    expect(listed.items.length).toBeGreaterThan(0);
    expect(listed.items.every((p) => p.subParkId === t.subParkIds[0])).toBe(true);
    expect((await call(parkUser, 'GET', `/projects/${inPark2.id}`)).statusCode).toBe(404);
    const move = await call(parkUser, 'POST', `/projects/${inPark2.id}/stage`, {
      stage: 'negotiating',
      enteredOn: '2026-01-05',
      version: 1,
    });
    expect(move.statusCode).toBe(404);
    const funds = await call(parkUser, 'PUT', `/projects/${inPark2.id}/funds`, {
      period: '2026-01',
      origin: 'inProvince',
      amountCnyFen: 1,
    });
    expect(funds.statusCode).toBe(404);
    const agreement = await call(parkUser, 'POST', `/projects/${inPark2.id}/agreements`, {
      title: '协议',
      signedOn: '2026-01-05',
      startDeadline: null,
      completionDeadline: null,
      productionDeadline: null,
      landAreaCentimu: null,
      investmentIntensityFenPerMu: null,
      outputPerMuFen: null,
      taxPerMuFen: null,
    });
    expect(agreement.statusCode).toBe(404);
    const outside = await call(parkUser, 'POST', '/projects', projectBody({ subParkId: t.subParkIds[1] }));
    expect(outside.statusCode).toBe(400);
    expect((await call(staff, 'GET', `/projects/${inPark2.id}`)).json()).toMatchObject({
      stage: 'lead',
      version: 1,
    });
  });
});
