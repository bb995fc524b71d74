import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project, ProjectDetail } from '@kaifaqu/contracts';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { createUser, loginAs } from '../../test/factories.js';
import { callAs, createProject, insertInvestor, projectBody } from './projects.test-support.js';

// The clock stands at 2026-01-15 10:00 in Asia/Shanghai.
let t: TestApp;
let staff: string;
let reader: string;
let staffId: string;
let call: ReturnType<typeof callAs>;
beforeAll(async () => {
  t = await buildTestApp();
  call = callAs(t.app);
  staffId = await createUser(t.app, { username: 'invest', roleCodes: ['investment'] });
  await createUser(t.app, { username: 'leader', roleCodes: ['leader'] });
  staff = await loginAs(t.app, 'invest');
  reader = await loginAs(t.app, 'leader');
});
afterAll(async () => {
  await t.close();
});

type ProjectPage = { items: Project[]; total: number };
const list = async (query: string) =>
  (await call(reader, 'GET', `/projects?pageSize=200&${query}`)).json<ProjectPage>();
const count = async () =>
  Number(
    (
      await t.app.ctx.db
        .selectFrom('projects')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /api/v1/projects', () => {
  it('registers a CNY project at 线索 with a code and its first stage event', async () => {
    const investorId = await insertInvestor(t.app, '苏州新材料集团');
    const created = await createProject(t.app, staff, {
      investorId,
      ownerUserId: staffId,
      name: '新材料基地',
    });
    expect(created).toMatchObject({
      code: 'XM2026-0001',
      kind: 'investment',
      stage: 'lead',
      stageSince: '2026-01-02',
      investor: { id: investorId, name: '苏州新材料集团' },
      currency: 'CNY',
      plannedInvestment: 50_000_000_000,
      plannedInvestmentCnyFen: 50_000_000_000,
      exchangeRate: null,
      ownerName: 'invest',
      warnings: 0,
      version: 1,
    });
    expect(created.stageHistory).toMatchObject([
      { fromStage: null, stage: 'lead', enteredOn: '2026-01-02', recordedBy: 'invest' },
    ]);
    const audit = await t.app.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', created.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['project.create']);
  });

  it('keeps the CNY equivalent of a USD project: cents × rate, rounded', async () => {
    // US$1,000,000.00 at 7.1234 = ¥7,123,400.00 = 712,340,000 分 (712.34万元).
    const usd = await createProject(t.app, staff, {
      name: '外资精密制造',
      currency: 'USD',
      plannedInvestment: 100_000_000,
      exchangeRate: 7.1234,
      stage: 'negotiating',
    });
    expect(usd).toMatchObject({
      code: 'XM2026-0002',
      plannedInvestmentCnyFen: 712_340_000,
      exchangeRate: 7.1234,
    });
    // US$0.03 at 7.1234 = 21.3702 分 → 21 分.
    const cents = await createProject(t.app, staff, {
      currency: 'USD',
      plannedInvestment: 3,
      exchangeRate: 7.1234,
    });
    expect(cents.plannedInvestmentCnyFen).toBe(21);
  });

  it('refuses a bad create and changes nothing', async () => {
    const before = await count();
    const cases: [object, number, string][] = [
      [{ currency: 'USD' }, 400, 'PROJECT_EXCHANGE_RATE_REQUIRED'],
      [{ stage: 'signed', signedAmount: 1 }, 400, 'PROJECT_INITIAL_STAGE'],
      [{ kind: 'government', worksCategory: 'road', stage: 'negotiating' }, 400, 'PROJECT_INITIAL_STAGE'],
      [{ kind: 'government', stage: 'signed' }, 400, 'PROJECT_WORKS_CATEGORY_MISMATCH'],
      [{ worksCategory: 'road' }, 400, 'PROJECT_WORKS_CATEGORY_MISMATCH'],
      [{ enteredOn: '2026-01-16' }, 400, 'PROJECT_DATE_IN_FUTURE'],
      [{ investorId: '01890000-0000-7000-8000-000000000000' }, 400, 'PROJECT_REFERENCE_UNKNOWN'],
      [{ stage: 'terminated' }, 400, 'PROJECT_INITIAL_STAGE'],
      [{ plannedInvestment: -1 }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [overrides, status, code] of cases) {
      const r = await call(staff, 'POST', '/projects', projectBody(overrides));
      expect([r.statusCode, r.json().code], JSON.stringify(overrides)).toEqual([status, code]);
    }
    expect(await count()).toBe(before);
    expect((await call(reader, 'POST', '/projects', projectBody())).statusCode).toBe(403);
  });

  it('creates government works at 立项 (签约) or later', async () => {
    const works = await createProject(t.app, staff, {
      kind: 'government',
      name: '园区道路一期',
      projectType: 'other',
      worksCategory: 'road',
      stage: 'started',
      enteredOn: '2026-01-10',
    });
    expect(works).toMatchObject({ kind: 'government', worksCategory: 'road', stage: 'started' });
  });

  it('converts an open lead and refuses one already converted', async () => {
    const at = t.clock.now().toISOString();
    const leadId = '01890000-0000-7000-8000-0000000000aa';
    await t.app.ctx.db
      .insertInto('investment_leads')
      .values({
        id: leadId,
        title: '线索',
        investor_id: null,
        source: 'visit',
        agent_id: null,
        industry_code: null,
        estimated_investment_fen: null,
        received_on: '2026-01-01',
        follower_user_id: null,
        department_id: null,
        status: 'open',
        note: '',
        version: 1,
        created_at: at,
        updated_at: at,
      } as never)
      .execute();
    const p = await createProject(t.app, staff, { leadId });
    expect(p.leadId).toBe(leadId);
    const lead = await t.app.ctx.db
      .selectFrom('investment_leads')
      .select(['status', 'version'])
      .where('id', '=', leadId)
      .executeTakeFirstOrThrow();
    expect(lead).toEqual({ status: 'converted', version: 2 });
    const again = await call(staff, 'POST', '/projects', projectBody({ leadId }));
    expect([again.statusCode, again.json().code]).toEqual([409, 'PROJECT_LEAD_NOT_OPEN']);
  });
});

describe('GET /api/v1/projects filters', () => {
  it('filters by stage, size band, type, owner, industry and keyword', async () => {
    const big = await createProject(t.app, staff, {
      name: '十亿级总部',
      projectType: 'headquarters',
      plannedInvestment: 100_000_000_000, // 10亿
      industryCode: '7211',
      ownerUserId: staffId,
      isKey: true,
    });
    const all = await list('');
    expect(all.total).toBe(all.items.length);
    // ≥10亿 (100000万): only the 10亿 project.
    expect((await list('minInvestmentWan=100000')).items.map((p) => p.id)).toEqual([big.id]);
    // ≥700万: the USD project (712.34万) is in, every 5亿 project too; the 21分 one is not.
    const band = await list('minInvestmentWan=700');
    expect(band.items.some((p) => p.name === '外资精密制造')).toBe(true);
    expect(band.items.every((p) => p.plannedInvestmentCnyFen >= 7_000_000_00)).toBe(true);
    expect((await list('minInvestmentWan=713')).items.some((p) => p.name === '外资精密制造')).toBe(false);
    expect((await list('stage=negotiating')).items.map((p) => p.name)).toEqual(['外资精密制造']);
    expect((await list('projectType=headquarters')).items.map((p) => p.id)).toEqual([big.id]);
    expect((await list(`ownerUserId=${staffId}`)).items.map((p) => p.name).sort()).toEqual([
      '十亿级总部',
      '新材料基地',
    ]);
    expect((await list('industry=72')).items.map((p) => p.id)).toEqual([big.id]);
    expect((await list('isKey=true')).items.map((p) => p.id)).toEqual([big.id]);
    expect((await list('kind=government')).items.map((p) => p.name)).toEqual(['园区道路一期']);
    expect((await list(`q=${encodeURIComponent('材料')}`)).items.map((p) => p.name)).toEqual(['新材料基地']);
    expect((await call(reader, 'GET', '/projects?stage=nope')).statusCode).toBe(400);
  });
});

describe('POST /api/v1/projects/:id/stage', () => {
  const move = (p: { id: string }, body: object) => call(staff, 'POST', `/projects/${p.id}/stage`, body);
  const detail = async (id: string) => (await call(reader, 'GET', `/projects/${id}`)).json<ProjectDetail>();

  it('moves forward, back with a note, signs twice, terminates and reactivates', async () => {
    let p = await createProject(t.app, staff, { name: '阶段测试' });
    const ok = async (body: object) => {
      const r = await move(p, { ...body, version: p.version });
      expect(r.statusCode, r.body).toBe(200);
      p = r.json<ProjectDetail>();
    };
    const refused = async (body: object, status: number, code: string) => {
      const r = await move(p, { ...body, version: p.version });
      expect([r.statusCode, r.json().code], JSON.stringify(body)).toEqual([status, code]);
      const now = await detail(p.id);
      expect([now.stage, now.version, now.stageHistory.length]).toEqual([
        p.stage,
        p.version,
        p.stageHistory.length,
      ]);
    };

    await ok({ stage: 'negotiating', enteredOn: '2026-01-05' });
    await refused({ stage: 'negotiating', enteredOn: '2026-01-06' }, 409, 'PROJECT_SAME_STAGE');
    await refused({ stage: 'signed', enteredOn: '2026-01-06' }, 400, 'PROJECT_SIGNED_AMOUNT_REQUIRED');
    await refused(
      { stage: 'signed', enteredOn: '2026-01-04', signedAmount: 1 },
      400,
      'PROJECT_DATE_BEFORE_LAST_EVENT',
    );
    await refused(
      { stage: 'signed', enteredOn: '2026-01-16', signedAmount: 1 },
      400,
      'PROJECT_DATE_IN_FUTURE',
    );
    await ok({ stage: 'signed', enteredOn: '2026-01-06', signedAmount: 30_000_000_000 });
    expect(p).toMatchObject({
      stage: 'signed',
      stageSince: '2026-01-06',
      signedAmount: 30_000_000_000,
      signedAmountCnyFen: 30_000_000_000,
    });
    await refused({ stage: 'negotiating', enteredOn: '2026-01-07' }, 400, 'PROJECT_NOTE_REQUIRED');
    await refused(
      { stage: 'negotiating', enteredOn: '2026-01-07', note: '   ' },
      400,
      'PROJECT_NOTE_REQUIRED',
    );
    await ok({ stage: 'negotiating', enteredOn: '2026-01-07', note: '投资方调整方案，退回在谈' });
    await ok({ stage: 'signed', enteredOn: '2026-01-08' }); // the signed amount is already recorded
    // skip 供地: signed → started is allowed
    await ok({ stage: 'started', enteredOn: '2026-01-08' });
    await refused(
      { stage: 'terminated', enteredOn: '2026-01-09' },
      400,
      'PROJECT_TERMINATION_REASON_REQUIRED',
    );
    await ok({ stage: 'terminated', enteredOn: '2026-01-09', terminationReason: '投资方资金链断裂' });
    expect(p).toMatchObject({ stage: 'terminated', terminationReason: '投资方资金链断裂' });
    await refused(
      { stage: 'inProduction', enteredOn: '2026-01-10', note: '恢复' },
      409,
      'PROJECT_ILLEGAL_TRANSITION',
    );
    await refused({ stage: 'started', enteredOn: '2026-01-10' }, 400, 'PROJECT_NOTE_REQUIRED');
    await ok({ stage: 'started', enteredOn: '2026-01-10', note: '新投资方接盘，恢复' });
    expect(p).toMatchObject({ stage: 'started', terminationReason: null });

    expect(p.stageHistory.map((e) => [e.fromStage, e.stage, e.enteredOn])).toEqual([
      [null, 'lead', '2026-01-02'],
      ['lead', 'negotiating', '2026-01-05'],
      ['negotiating', 'signed', '2026-01-06'],
      ['signed', 'negotiating', '2026-01-07'],
      ['negotiating', 'signed', '2026-01-08'],
      ['signed', 'started', '2026-01-08'],
      ['started', 'terminated', '2026-01-09'],
      ['terminated', 'started', '2026-01-10'],
    ]);
    expect(p.stageHistory.filter((e) => e.stage === 'signed')).toHaveLength(2);
    expect(p.stageHistory[3]!.note).toBe('投资方调整方案，退回在谈');

    const stale = await move(p, { stage: 'inProduction', enteredOn: '2026-01-11', version: p.version - 1 });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'VERSION_CONFLICT']);
    const audits = await t.app.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', p.id)
      .where('action', '=', 'project.stage')
      .execute();
    expect(audits).toHaveLength(7);
  });

  it('keeps government works from 线索 and 在谈, and converts a USD signed amount', async () => {
    const works = await createProject(t.app, staff, {
      kind: 'government',
      projectType: 'other',
      worksCategory: 'sewage',
      stage: 'signed',
      enteredOn: '2026-01-03',
    });
    const back = await move(works, { stage: 'negotiating', enteredOn: '2026-01-04', note: 'x', version: 1 });
    expect([back.statusCode, back.json().code]).toEqual([409, 'PROJECT_ILLEGAL_TRANSITION']);
    const usd = await createProject(t.app, staff, {
      currency: 'USD',
      plannedInvestment: 100_000_000,
      exchangeRate: 7.1234,
      stage: 'negotiating',
    });
    const signed = await move(usd, {
      stage: 'signed',
      enteredOn: '2026-01-05',
      signedAmount: 50_000_000,
      version: 1,
    });
    // US$500,000.00 at the project's 7.1234 = 356,170,000 分.
    expect(signed.json()).toMatchObject({ signedAmount: 50_000_000, signedAmountCnyFen: 356_170_000 });
  });

  it('answers 404 for an unknown project and 403 without project:manage', async () => {
    const missing = await move(
      { id: '01890000-0000-7000-8000-000000000001' },
      { stage: 'signed', enteredOn: '2026-01-05', version: 1 },
    );
    expect(missing.statusCode).toBe(404);
    const p = await createProject(t.app, staff);
    const r = await call(reader, 'POST', `/projects/${p.id}/stage`, {
      stage: 'negotiating',
      enteredOn: '2026-01-05',
      version: 1,
    });
    expect(r.statusCode).toBe(403);
  });
});

describe('PUT /api/v1/projects/:id', () => {
  it('edits the facts and recomputes the CNY equivalent; stale versions are refused', async () => {
    const p = await createProject(t.app, staff, { name: '待修改' });
    const body = {
      ...projectBody({ name: '已修改', currency: 'USD', plannedInvestment: 200, exchangeRate: 7 }),
      version: 1,
    };
    const { kind: _kind, stage: _stage, enteredOn: _on, leadId: _lead, ...update } = body;
    const r = await call(staff, 'PUT', `/projects/${p.id}`, update);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      name: '已修改',
      currency: 'USD',
      plannedInvestment: 200,
      plannedInvestmentCnyFen: 1400,
      version: 2,
    });
    const stale = await call(staff, 'PUT', `/projects/${p.id}`, update);
    expect(stale.statusCode).toBe(409);
  });
});
