import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportForm } from '@kaifaqu/contracts';
import { createUser, loginAs } from '../../../test/factories.js';
import { raiseReportReminders } from './report-reminders.job.js';
import {
  formBody,
  getForm,
  openTask,
  reportingWorld,
  submitAndApprove,
  wan,
  type ReportingWorld,
} from './reporting.test-support.js';

let w: ReportingWorld;
let march: Awaited<ReturnType<typeof openTask>>;

beforeAll(async () => {
  w = await reportingWorld();
  // Last year's March, approved: it prefills this year's 上年同期.
  const lastYear = await openTask(w, '2025-03', [w.ids.A]);
  await submitAndApprove(w, w.as.A, lastYear.reportOf(w.ids.A), { grossOutput: [150, 120] });
  const feb = await openTask(w, '2026-02', [w.ids.A]);
  await submitAndApprove(w, w.as.A, feb.reportOf(w.ids.A), { grossOutput: [100, 80] });
  march = await openTask(w, '2026-03', [w.ids.A, w.ids.B]);
});
afterAll(async () => {
  await w.t.close();
});

const post = (cookie: string, url: string, payload: object) =>
  w.app.inject({ method: 'POST', url, headers: { cookie }, payload });

describe('the enterprise form', () => {
  it('offers last year’s approved value as 上年同期 and last month as a hint', async () => {
    const form = await getForm(w.app, w.as.A, march.reportOf(w.ids.A));
    const line = form.lines.find((l) => l.code === 'grossOutput')!;
    expect(line).toMatchObject({
      previousYearSuggested: wan(150),
      lastMonthCumulative: wan(100),
      cumulative: null,
    });
    expect(form.status).toBe('notStarted');
  });

  it('a zero is a value, not a blank; text where a number belongs is refused', async () => {
    const id = march.reportOf(w.ids.B);
    const form = await getForm(w.app, w.as.B, id);
    const body = formBody(form, { grossOutput: [50, 40], exportDelivery: [0, 0] });
    const checks = await post(w.as.B, `/api/v1/reports/${id}/check`, body);
    expect(
      checks.json<{ indicatorCode: string }[]>().filter((c) => c.indicatorCode === 'exportDelivery'),
    ).toEqual([]);
    const text = await post(w.as.B, `/api/v1/reports/${id}/check`, {
      ...body,
      values: body.values.map((v) => ({ ...v, cumulative: String(v.cumulative) })),
    });
    expect(text.statusCode).toBe(400);
  });

  it('hard checks block submission and change nothing', async () => {
    const id = march.reportOf(w.ids.A);
    const form = await getForm(w.app, w.as.A, id);
    const cases: [Record<string, [number, number]>, string][] = [
      [{ grossOutput: [180, 150], valueAdded: [200, 40] }, 'valueAdded.valueAddedAboveOutput'],
      [{ grossOutput: [90, 150] }, 'grossOutput.belowLastMonth'],
      [{ grossOutput: [180, 150], tax: [-1, 1] }, 'tax.negative'],
    ];
    for (const [figures, path] of cases) {
      const response = await post(w.as.A, `/api/v1/reports/${id}/submit`, formBody(form, figures));
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json()).toMatchObject({ code: 'REPORT_CHECKS_FAILED' });
      expect(response.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toContain(path);
    }
    const missing = await post(w.as.A, `/api/v1/reports/${id}/submit`, { ...formBody(form, {}), values: [] });
    expect(missing.json<{ details: { path: string }[] }>().details).toHaveLength(form.lines.length);
    const after = await getForm(w.app, w.as.A, id);
    expect(after).toMatchObject({ status: 'notStarted', version: form.version });
    expect(after.lines.every((l) => l.cumulative === null)).toBe(true);
  });

  it('a soft check needs an explanation; with one the report is submitted', async () => {
    const id = march.reportOf(w.ids.A);
    const form = await getForm(w.app, w.as.A, id);
    const figures = { grossOutput: [400, 150] as [number, number] }; // +166.7% on 上年同期
    const checked = await post(w.as.A, `/api/v1/reports/${id}/check`, formBody(form, figures, false));
    expect(checked.json()).toContainEqual(
      expect.objectContaining({
        indicatorCode: 'grossOutput',
        rule: 'growthBeyondLimit',
        severity: 'soft',
        explained: false,
      }),
    );
    const refused = await post(w.as.A, `/api/v1/reports/${id}/submit`, formBody(form, figures, false));
    expect(refused.statusCode).toBe(422);
    const body = formBody(form, figures, false);
    const accepted = await post(w.as.A, `/api/v1/reports/${id}/submit`, {
      ...body,
      explanations: [{ indicatorCode: 'grossOutput', text: '新生产线3月投产' }],
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'submitted',
      explanations: [{ text: '新生产线3月投产' }],
    });
  });

  it('staff return it with a reason; the enterprise corrects and resubmits; approval locks it', async () => {
    const id = march.reportOf(w.ids.A);
    const submitted = await getForm(w.app, w.staff, id);
    const returned = await post(w.staff, `/api/v1/reports/${id}/return`, {
      comment: '请核实总产值',
      version: submitted.version,
    });
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: '请核实总产值' });
    const again = await getForm(w.app, w.as.A, id);
    const resubmitted = await post(
      w.as.A,
      `/api/v1/reports/${id}/submit`,
      formBody(again, { grossOutput: [180, 150] }),
    );
    expect(resubmitted.json()).toMatchObject({ status: 'submitted' });
    const approved = await post(w.staff, `/api/v1/reports/${id}/approve`, {
      version: resubmitted.json<ReportForm>().version,
    });
    expect(approved.json()).toMatchObject({ status: 'approved' });
    // Locked: the enterprise can no longer change it; a second approval is an invalid move.
    const locked = await w.app.inject({
      method: 'PUT',
      url: `/api/v1/reports/${id}`,
      headers: { cookie: w.as.A },
      payload: formBody(approved.json<ReportForm>(), { grossOutput: [1, 1] }),
    });
    expect(locked.statusCode).toBe(409);
    const twice = await post(w.staff, `/api/v1/reports/${id}/approve`, {
      version: approved.json<ReportForm>().version,
    });
    expect(twice.statusCode).toBe(409);
  });
});

describe('who sees and does what', () => {
  it('an enterprise sees only its own reports and cannot review', async () => {
    const list = await w.app.inject({
      method: 'GET',
      url: '/api/v1/reports?pageSize=200',
      headers: { cookie: w.as.B },
    });
    expect(
      list.json<{ items: { enterpriseId: string }[] }>().items.every((i) => i.enterpriseId === w.ids.B),
    ).toBe(true);
    const foreign = march.reportOf(w.ids.A);
    for (const [method, url] of [
      ['GET', `/api/v1/reports/${foreign}`],
      ['GET', `/api/v1/reports/${foreign}/revisions`],
    ] as const) {
      expect((await w.app.inject({ method, url, headers: { cookie: w.as.B } })).statusCode).toBe(404);
    }
    const form = await getForm(w.app, w.as.B, march.reportOf(w.ids.B));
    expect((await post(w.as.B, `/api/v1/reports/${foreign}/submit`, formBody(form, {}))).statusCode).toBe(
      404,
    );
    expect((await post(w.as.B, `/api/v1/reports/${foreign}/check`, formBody(form, {}))).statusCode).toBe(404);
    for (const url of ['/api/v1/report-tasks', '/api/v1/zone-figures?period=2026-03']) {
      expect((await w.app.inject({ method: 'GET', url, headers: { cookie: w.as.B } })).statusCode).toBe(403);
    }
    expect((await post(w.as.B, `/api/v1/reports/${foreign}/approve`, { version: 1 })).statusCode).toBe(403);
    expect(
      (await post(w.as.B, `/api/v1/reports/${foreign}/revisions`, { values: [], reason: 'xx', version: 1 }))
        .statusCode,
    ).toBe(403);
  });

  it('staff cannot fill an enterprise form; a sub-park user counts only its sub-park', async () => {
    const id = march.reportOf(w.ids.B);
    const form = await getForm(w.app, w.staff, id);
    expect((await post(w.staff, `/api/v1/reports/${id}/submit`, formBody(form, {}))).statusCode).toBe(403);
    await createUser(w.app, {
      username: 'park2viewer',
      roleCodes: ['land'],
      scope: { kind: 'subParks', subParkIds: [w.t.subParkIds[1]] },
    });
    const cookie = await loginAs(w.app, 'park2viewer');
    const tasks = await w.app.inject({
      method: 'GET',
      url: '/api/v1/report-tasks?year=2026',
      headers: { cookie },
    });
    expect(tasks.json<{ counts: { total: number } }[]>().every((t) => t.counts.total === 0)).toBe(true);
    expect(
      (await w.app.inject({ method: 'GET', url: `/api/v1/reports/${id}`, headers: { cookie } })).statusCode,
    ).toBe(404);
  });
});

describe('tasks, reminders and zone figures', () => {
  it('refuses a second task for the month, a future month and an empty category', async () => {
    const twice = await post(w.staff, '/api/v1/report-tasks', {
      period: '2026-03',
      enterpriseCategory: 'aboveScaleIndustry',
      deadline: '2026-04-10',
    });
    expect(twice.statusCode).toBe(409);
    const future = await post(w.staff, '/api/v1/report-tasks', {
      period: '2026-07',
      enterpriseCategory: 'aboveScaleIndustry',
      deadline: '2026-08-10',
    });
    expect(future.statusCode).toBe(400);
    // Nobody holds 规上 for 2026 here, so the category has no members.
    const empty = await post(w.staff, '/api/v1/report-tasks', {
      period: '2026-04',
      enterpriseCategory: 'aboveScaleIndustry',
      deadline: '2026-05-10',
    });
    expect(empty.statusCode).toBe(400);
  });

  it('reminds the enterprise before the deadline and chases it after, once', async () => {
    const april = await openTask(w, '2026-04', [w.ids.B]);
    w.t.clock.set('2026-04-26T02:00:00.000Z');
    expect(await raiseReportReminders(w.app.ctx)).toBeGreaterThanOrEqual(1);
    const todos = await w.app.inject({ method: 'GET', url: '/api/v1/todos', headers: { cookie: w.as.B } });
    expect(todos.json<{ objectId: string; title: string }[]>()).toContainEqual(
      expect.objectContaining({
        objectId: april.reportOf(w.ids.B),
        title: expect.stringContaining('2026-04-28'),
      }),
    );
    w.t.clock.set('2026-04-30T02:00:00.000Z');
    await raiseReportReminders(w.app.ctx);
    expect(await raiseReportReminders(w.app.ctx)).toBe(0);
    const staffTodos = await w.app.inject({
      method: 'GET',
      url: '/api/v1/todos',
      headers: { cookie: w.staff },
    });
    expect(staffTodos.json<{ title: string }[]>().some((t) => t.title.includes('逾期未报'))).toBe(true);
    w.t.clock.set('2026-06-10T02:00:00.000Z');
  });

  it('departments enter zone-level figures with a version; they reach the summary', async () => {
    const first = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/zone-figures/generalBudgetRevenue/2026-03',
      headers: { cookie: w.staff },
      payload: { cumulative: wan(1527.36), previousYear: wan(1200), version: null },
    });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/zone-figures/generalBudgetRevenue/2026-03',
      headers: { cookie: w.staff },
      payload: { cumulative: wan(1600), previousYear: wan(1200), version: null },
    });
    expect(stale.statusCode).toBe(409);
    const notDepartment = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/zone-figures/grossOutput/2026-03',
      headers: { cookie: w.staff },
      payload: { cumulative: 1, previousYear: 1, version: null },
    });
    expect(notDepartment.statusCode).toBe(400);
    const summary = await w.app.inject({
      method: 'GET',
      url: '/api/v1/stats/summary?indicators=generalBudgetRevenue&from=2026-01&to=2026-03',
      headers: { cookie: w.staff },
    });
    expect(summary.json<{ total: { values: unknown[] } }>().total.values[0]).toMatchObject({
      current: wan(1527.36),
      previous: wan(1200),
    });
    const list = await w.app.inject({
      method: 'GET',
      url: '/api/v1/zone-figures?period=2026-03',
      headers: { cookie: w.staff },
    });
    expect(list.json()).toContainEqual(
      expect.objectContaining({ indicatorCode: 'generalBudgetRevenue', version: 1 }),
    );
  });

  it('the enterprise file shows the indicator history', async () => {
    const file = await w.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${w.ids.A}/file`,
      headers: { cookie: w.as.A },
    });
    const section = file
      .json<{ sections: { key: string; data: { reports: { period: string }[] } }[] }>()
      .sections.find((s) => s.key === 'indicatorHistory')!;
    expect(section.data.reports.map((r) => r.period)).toEqual(['2026-03', '2026-02', '2025-03']);
  });
});
