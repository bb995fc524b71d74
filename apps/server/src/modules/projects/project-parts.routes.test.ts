import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectAgreement, ProjectDetail, ProjectFunds } from '@kaifaqu/contracts';
import { createUser, loginAs } from '../../test/factories.js';
import {
  openTask,
  reportingWorld,
  submitAndApprove,
  type ReportingWorld,
} from '../indicators/reporting/reporting.test-support.js';
import { raiseAgreementComplianceTodos } from './agreement-compliance.job.js';
import { callAs, createProject } from './projects.test-support.js';

// The world's clock stands at 2026-06-10 10:00 in Asia/Shanghai.
let w: ReportingWorld;
let staff: string;
let ownerId: string;
let call: ReturnType<typeof callAs>;
beforeAll(async () => {
  w = await reportingWorld();
  call = callAs(w.app);
  ownerId = await createUser(w.app, { username: 'invest', roleCodes: ['investment'] });
  staff = await loginAs(w.app, 'invest');
});
afterAll(async () => {
  await w.t.close();
});

const detail = async (id: string) => (await call(staff, 'GET', `/projects/${id}`)).json<ProjectDetail>();
const todosOf = (projectId: string) =>
  w.app.ctx.db
    .selectFrom('todos')
    .select(['kind', 'user_id', 'status', 'due_on', 'title'])
    .where('object_id', '=', projectId)
    .execute();

const agreement = (overrides: object = {}) => ({
  title: '投资协议',
  signedOn: '2026-05-10',
  startDeadline: '2026-06-30',
  completionDeadline: '2027-06-30',
  productionDeadline: '2028-06-30',
  landAreaCentimu: 4000, // 40亩
  investmentIntensityFenPerMu: 300_000_000, // 300万元/亩
  outputPerMuFen: 500_000_000, // 500万元/亩
  taxPerMuFen: 25_000_000, // 25万元/亩
  ...overrides,
});

async function signedProject(name: string): Promise<ProjectDetail> {
  const p = await createProject(w.app, staff, {
    name,
    stage: 'negotiating',
    enteredOn: '2026-05-01',
    ownerUserId: ownerId,
  });
  const r = await call(staff, 'POST', `/projects/${p.id}/stage`, {
    stage: 'signed',
    enteredOn: '2026-05-10',
    signedAmount: 20_000_000_000,
    version: p.version,
  });
  expect(r.statusCode, r.body).toBe(200);
  return r.json<ProjectDetail>();
}

describe('agreements and 履约', () => {
  it('puts the actual per-亩 figures of the last full year beside the committed ones', async () => {
    const p = await signedProject('亩均项目');
    await call(staff, 'POST', `/projects/${p.id}/agreements`, agreement());
    await call(
      staff,
      'POST',
      `/projects/${p.id}/agreements`,
      agreement({ title: '补充协议', landAreaCentimu: null }),
    );
    const linked = await call(staff, 'POST', `/projects/${p.id}/enterprise`, {
      enterpriseId: w.ids.A,
      version: p.version,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    // Before any approved December report: no actuals.
    expect(linked.json<ProjectDetail>().agreements[0]!.compliance.actualOutputPerMuFen).toBeNull();

    const task = await openTask(w, '2025-12', [w.ids.A]);
    await submitAndApprove(w, w.as.A, task.reportOf(w.ids.A), {
      grossOutput: [12000, 10000],
      tax: [600, 500],
    });
    const [main, supplement] = (await detail(p.id)).agreements;
    // 12000万元 / 40亩 = 300万元/亩; 600万元 / 40亩 = 15万元/亩.
    expect(main!.compliance).toEqual({
      warnings: [],
      actualFrom: '2025-01',
      actualTo: '2025-12',
      landAreaCentimu: 4000,
      actualOutputPerMuFen: 300_000_000,
      actualTaxPerMuFen: 15_000_000,
    });
    expect(main!.outputPerMuFen).toBe(500_000_000);
    // Without an agreed area the enterprise's 50亩 counts: 240万元/亩 and 12万元/亩.
    expect(supplement!.compliance).toMatchObject({
      landAreaCentimu: 5000,
      actualOutputPerMuFen: 240_000_000,
      actualTaxPerMuFen: 12_000_000,
    });
  });

  it('edits and deletes agreements; refuses deadlines out of order and unknown files', async () => {
    const p = await signedProject('协议编辑');
    const a = (
      await call(staff, 'POST', `/projects/${p.id}/agreements`, agreement())
    ).json<ProjectAgreement>();
    const bad = await call(
      staff,
      'POST',
      `/projects/${p.id}/agreements`,
      agreement({ startDeadline: '2026-05-01' }),
    );
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'PROJECT_AGREEMENT_DEADLINE_ORDER']);
    const noFile = await call(
      staff,
      'POST',
      `/projects/${p.id}/agreements`,
      agreement({ fileIds: ['01890000-0000-7000-8000-000000000009'] }),
    );
    expect([noFile.statusCode, noFile.json().code]).toEqual([400, 'PROJECT_REFERENCE_UNKNOWN']);
    expect((await detail(p.id)).agreements).toHaveLength(1);

    const edited = await call(
      staff,
      'PUT',
      `/projects/${p.id}/agreements/${a.id}`,
      agreement({ title: '正式协议', version: 1 }),
    );
    expect(edited.json()).toMatchObject({ title: '正式协议', version: 2 });
    expect(
      (await call(staff, 'PUT', `/projects/${p.id}/agreements/${a.id}`, agreement({ version: 1 })))
        .statusCode,
    ).toBe(409);
    expect((await call(staff, 'DELETE', `/projects/${p.id}/agreements/${a.id}?version=1`)).statusCode).toBe(
      409,
    );
    expect((await call(staff, 'DELETE', `/projects/${p.id}/agreements/${a.id}?version=2`)).statusCode).toBe(
      204,
    );
    expect((await call(staff, 'GET', `/projects/${p.id}/agreements`)).json()).toEqual([]);
  });
});

describe('funds in place (到位资金)', () => {
  it('upserts a month and origin, checks the US-dollar amount, lists, totals and deletes', async () => {
    const p = await signedProject('到位资金项目');
    const put = (body: object) => call(staff, 'PUT', `/projects/${p.id}/funds`, body);
    const first = await put({ period: '2026-05', origin: 'outOfProvince', amountCnyFen: 100_000_000 });
    expect(first.statusCode, first.body).toBe(200);
    const again = await put({
      period: '2026-05',
      origin: 'outOfProvince',
      amountCnyFen: 250_000_000,
      note: '更正',
    });
    expect(again.json()).toMatchObject({
      id: first.json<ProjectFunds>().id,
      amountCnyFen: 250_000_000,
      version: 2,
      note: '更正',
    });

    const refusals: [object, string][] = [
      [{ period: '2026-05', origin: 'foreign', amountCnyFen: 71_234 }, 'PROJECT_FUNDS_USD_REQUIRED'],
      [
        { period: '2026-05', origin: 'inProvince', amountCnyFen: 1, amountUsdCents: 1 },
        'PROJECT_FUNDS_USD_NOT_ALLOWED',
      ],
      [{ period: '2026-07', origin: 'inProvince', amountCnyFen: 1 }, 'VALIDATION_FAILED'],
      [{ period: '2026-13', origin: 'inProvince', amountCnyFen: 1 }, 'VALIDATION_FAILED'],
      [{ period: '2026-05', origin: 'inProvince', amountCnyFen: -1 }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of refusals) {
      const r = await put(body);
      expect([r.statusCode, r.json().code], JSON.stringify(body)).toEqual([400, code]);
    }
    const foreign = await put({
      period: '2026-06',
      origin: 'foreign',
      amountCnyFen: 71_234_000,
      amountUsdCents: 10_000_000,
    });
    expect(foreign.statusCode, foreign.body).toBe(200);

    const funds = (await call(staff, 'GET', `/projects/${p.id}/funds`)).json<ProjectFunds[]>();
    expect(funds.map((f) => [f.period, f.origin, f.amountCnyFen, f.amountUsdCents])).toEqual([
      ['2026-05', 'outOfProvince', 250_000_000, null],
      ['2026-06', 'foreign', 71_234_000, 10_000_000],
    ]);
    expect((await detail(p.id)).fundsTotalCnyFen).toBe(321_234_000);
    expect((await call(staff, 'DELETE', `/projects/${p.id}/funds/${funds[0]!.id}`)).statusCode).toBe(204);
    expect((await call(staff, 'DELETE', `/projects/${p.id}/funds/${funds[0]!.id}`)).statusCode).toBe(404);
    expect((await detail(p.id)).fundsTotalCnyFen).toBe(71_234_000);
  });
});

// Last: it moves the clock past the sessions of the other tests.
describe('the daily agreement-compliance job', () => {
  it('warns once a start deadline passes, raises one deduped to-do and closes it on 开工', async () => {
    const p = await signedProject('履约项目');
    const created = await call(staff, 'POST', `/projects/${p.id}/agreements`, agreement());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<ProjectAgreement>()).toMatchObject({
      landAreaCentimu: 4000,
      compliance: { warnings: [], actualOutputPerMuFen: null, actualTaxPerMuFen: null },
      version: 1,
    });
    expect(await raiseAgreementComplianceTodos(w.app.ctx)).toBe(0);

    // 2026-06-30 23:00 in Shanghai: the deadline day itself is not overdue.
    w.t.clock.set('2026-06-30T15:00:00.000Z');
    staff = await loginAs(w.app, 'invest');
    expect((await detail(p.id)).agreements[0]!.compliance.warnings).toEqual([]);
    expect(await raiseAgreementComplianceTodos(w.app.ctx)).toBe(0);

    // 2026-07-01 00:30 in Shanghai: overdue.
    w.t.clock.set('2026-06-30T16:30:00.000Z');
    staff = await loginAs(w.app, 'invest');
    const late = await detail(p.id);
    expect(late.agreements[0]!.compliance.warnings).toEqual(['startOverdue']);
    expect(late.warnings).toBe(1);
    const listed = (await call(staff, 'GET', `/projects?q=${encodeURIComponent('履约项目')}`)).json<{
      items: { warnings: number }[];
    }>();
    expect(listed.items.map((i) => i.warnings)).toEqual([1]);
    // This project's agreement, and both agreements of 亩均项目 (same start deadline): 3 to-dos.
    expect(await raiseAgreementComplianceTodos(w.app.ctx)).toBe(3);
    expect(await raiseAgreementComplianceTodos(w.app.ctx)).toBe(0);
    expect(await todosOf(p.id)).toEqual([
      {
        kind: 'project.startOverdue',
        user_id: ownerId,
        status: 'open',
        due_on: '2026-06-30',
        title: '项目“履约项目”未按协议约定时间开工（约定 2026-06-30）',
      },
    ]);

    const started = await call(staff, 'POST', `/projects/${p.id}/stage`, {
      stage: 'started',
      enteredOn: '2026-07-01',
      version: late.version,
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json<ProjectDetail>().agreements[0]!.compliance.warnings).toEqual([]);
    expect(await raiseAgreementComplianceTodos(w.app.ctx)).toBe(0);
    expect((await todosOf(p.id)).map((t) => t.status)).toEqual(['done']);
  });
});
