import { expect } from 'vitest';
import type { ReportForm, ReportValueInput } from '@kaifaqu/contracts';
import type { KaifaquApp } from '../../../app.js';
import { ManualClock } from '../../../platform/clock.js';
import { buildTestApp, type TestApp } from '../../../test/test-app.js';
import { createUser, loginAs } from '../../../test/factories.js';
import { registerEnterprise } from '../../enterprises/enterprises.test-support.js';

/** 万元 → stored 分 (scale 6). */
export const wan = (value: number) => Math.round(value * 1_000_000);

/** The reporting world of a test: statistics staff, three enterprises and their accounts. */
export interface ReportingWorld {
  t: TestApp;
  app: KaifaquApp;
  staff: string;
  /** Enterprise ids: A and B in sub-park 1, C in sub-park 2. */
  ids: { A: string; B: string; C: string };
  /** Cookies of each enterprise's own account. */
  as: { A: string; B: string; C: string };
}

/** Builds the world at 2026-06-10, after the months the fixtures report. */
export async function reportingWorld(): Promise<ReportingWorld> {
  const t = await buildTestApp({ clock: new ManualClock('2026-06-10T02:00:00.000Z') });
  await createUser(t.app, { username: 'stat', roleCodes: ['economic'] });
  const staff = await loginAs(t.app, 'stat');
  const ids = {
    A: await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[0], industryCode: '3670' }),
    B: await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[0], industryCode: '2651' }),
    C: await registerEnterprise(t.app, staff, { subParkId: t.subParkIds[1], industryCode: '3670' }),
  };
  const as = { A: '', B: '', C: '' };
  for (const key of ['A', 'B', 'C'] as const) {
    await createUser(t.app, {
      username: `qiye${key.toLowerCase()}`,
      roleCodes: ['enterprise'],
      scope: { kind: 'enterprise', enterpriseId: ids[key] },
    });
    as[key] = await loginAs(t.app, `qiye${key.toLowerCase()}`);
  }
  return { t, app: t.app, staff, ids, as };
}

/** Opens a 规上工业 task for the month covering the listed enterprises; returns report ids by enterprise. */
export async function openTask(w: ReportingWorld, period: string, enterpriseIds: string[]) {
  const created = await w.app.inject({
    method: 'POST',
    url: '/api/v1/report-tasks',
    headers: { cookie: w.staff },
    payload: {
      period,
      enterpriseCategory: 'aboveScaleIndustry',
      deadline: `${period}-28`,
      enterpriseIds,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const task = created.json<{ id: string }>();
  const list = await w.app.inject({
    method: 'GET',
    url: `/api/v1/reports?taskId=${task.id}&pageSize=200`,
    headers: { cookie: w.staff },
  });
  const items = list.json<{ items: { id: string; enterpriseId: string }[] }>().items;
  return {
    taskId: task.id,
    reportOf: (enterpriseId: string) => items.find((i) => i.enterpriseId === enterpriseId)!.id,
  };
}

/** Values in 万元 (money) or units (employees); indicators not named get a steady filler. */
export type Figures = Partial<Record<string, [number | null, number | null]>>;

const MONEY_CODES = [
  'grossOutput',
  'valueAdded',
  'revenue',
  'profit',
  'tax',
  'exportDelivery',
  'fixedAssetInvestment',
  'techRenovationInvestment',
  'rdExpenditure',
];

/** The full form body: the named figures plus fillers, with an explanation for every indicator. */
export function formBody(form: ReportForm, figures: Figures, explain = true) {
  const values: ReportValueInput[] = form.lines.map((line) => {
    const given = figures[line.code];
    const [current, previous] = given ?? [1, 1];
    const toStored = (v: number | null) =>
      v === null ? null : MONEY_CODES.includes(line.code) ? wan(v) : Math.round(v * 10 ** line.scale);
    return { indicatorCode: line.code, cumulative: toStored(current), previousYear: toStored(previous) };
  });
  const explanations = explain ? form.lines.map((l) => ({ indicatorCode: l.code, text: '测试说明' })) : [];
  return { values, explanations, version: form.version };
}

export async function getForm(app: KaifaquApp, cookie: string, reportId: string): Promise<ReportForm> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/reports/${reportId}`,
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ReportForm>();
}

/** The enterprise submits the figures and the staff approves them. */
export async function submitAndApprove(
  w: ReportingWorld,
  cookie: string,
  reportId: string,
  figures: Figures,
) {
  const form = await getForm(w.app, cookie, reportId);
  const submitted = await w.app.inject({
    method: 'POST',
    url: `/api/v1/reports/${reportId}/submit`,
    headers: { cookie },
    payload: formBody(form, figures),
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const approved = await w.app.inject({
    method: 'POST',
    url: `/api/v1/reports/${reportId}/approve`,
    headers: { cookie: w.staff },
    payload: { version: submitted.json<ReportForm>().version },
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json<ReportForm>();
}

/** GET /stats/summary as the given session. */
export async function summaryOf(app: KaifaquApp, cookie: string, query: string) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/stats/summary?${query}`,
    headers: { cookie },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{
    total: {
      values: {
        indicatorCode: string;
        current: number | null;
        previous: number | null;
        growth: number | null;
        share: number | null;
        reporters: number;
      }[];
    };
    groups: {
      key: string | null;
      name: string;
      values: {
        indicatorCode: string;
        current: number | null;
        previous: number | null;
        growth: number | null;
        share: number | null;
      }[];
    }[];
  }>();
}
