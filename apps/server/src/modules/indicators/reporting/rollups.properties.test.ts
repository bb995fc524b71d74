import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRandom } from '../../../demo/demo-random.js';
import { systemScope } from '../../../platform/auth/data-scope.js';
import { listIndicators } from '../indicators.repository.js';
import { reportSums, rollupSums } from '../stats/stats.repository.js';
import { allRollups, rollupsFromReports } from './rollups.repository.js';
import {
  formBody,
  getForm,
  openTask,
  reportingWorld,
  type ReportingWorld,
} from './reporting.test-support.js';

// Property: whatever sequence of submissions, returns, approvals and revisions happens, the
// maintained roll-ups equal the sums computed from the approved reports themselves.

let w: ReportingWorld;
const reports: { id: string; cookie: string }[] = [];

beforeAll(async () => {
  w = await reportingWorld();
  for (const period of ['2026-01', '2026-02', '2026-03', '2026-04']) {
    const task = await openTask(w, period, [w.ids.A, w.ids.B, w.ids.C]);
    for (const key of ['A', 'B', 'C'] as const)
      reports.push({ id: task.reportOf(w.ids[key]), cookie: w.as[key] });
  }
});
afterAll(async () => {
  await w.t.close();
});

const post = (cookie: string, url: string, payload: object) =>
  w.app.inject({ method: 'POST', url, headers: { cookie }, payload });

async function step(random: DemoRandom): Promise<number> {
  const report = reports[random.int(0, reports.length - 1)]!;
  const form = await getForm(w.app, w.staff, report.id);
  const amount = () => random.int(0, 400);
  switch (form.status) {
    case 'notStarted':
    case 'draft':
    case 'returned': {
      const own = await getForm(w.app, report.cookie, report.id);
      const output = amount();
      const body = formBody(own, {
        grossOutput: [output, amount()],
        valueAdded: [random.int(0, output), amount()],
        employees: [random.int(0, 500), random.int(0, 500)],
      });
      return (await post(report.cookie, `/api/v1/reports/${report.id}/submit`, body)).statusCode;
    }
    case 'submitted':
      return random.next() < 0.7
        ? (await post(w.staff, `/api/v1/reports/${report.id}/approve`, { version: form.version })).statusCode
        : (
            await post(w.staff, `/api/v1/reports/${report.id}/return`, {
              comment: '请核实',
              version: form.version,
            })
          ).statusCode;
    case 'approved': {
      const code = (['grossOutput', 'valueAdded', 'employees', 'tax'] as const)[random.int(0, 3)]!;
      const line = form.lines.find((l) => l.code === code)!;
      const cumulative = random.next() < 0.2 ? null : random.int(0, 500) * 10 ** line.scale;
      return (
        await post(w.staff, `/api/v1/reports/${report.id}/revisions`, {
          values: [{ indicatorCode: code, cumulative, previousYear: random.int(0, 500) * 10 ** line.scale }],
          reason: '随机修订',
          version: form.version,
        })
      ).statusCode;
    }
  }
}

describe('roll-ups stay equal to the approved reports', () => {
  it.each([11, 29, 2026])('after a random sequence of 45 operations (seed %i)', async (seed) => {
    const random = new DemoRandom(seed);
    const seen = new Set<number>();
    for (let i = 0; i < 45; i++) {
      const status = await step(random);
      expect([200, 409, 422]).toContain(status);
      seen.add(status);
      if (i % 15 === 14)
        expect(await allRollups(w.app.ctx.db)).toEqual(await rollupsFromReports(w.app.ctx.db));
    }
    expect(seen.has(200)).toBe(true);

    // And the summary's two paths agree for every grouping.
    const indicatorIds = (await listIndicators(w.app.ctx.db))
      .filter((i) => ['grossOutput', 'valueAdded', 'employees', 'tax'].includes(i.code))
      .map((i) => i.id);
    const periods = ['2026-01', '2026-02', '2026-03', '2026-04'];
    const sort = (rows: Awaited<ReturnType<typeof reportSums>>) =>
      rows
        .filter((r) => r.cumulative !== 0 || r.previous !== 0 || r.reporters !== 0)
        .map((r) =>
          JSON.stringify([r.indicator_id, r.period, r.group_key, r.cumulative, r.previous, r.reporters]),
        )
        .sort();
    for (const by of ['none', 'subPark', 'industry', 'category'] as const) {
      const fromRollups = await rollupSums(w.app.ctx.db, { indicatorIds, periods, by, subParkIds: null });
      const fromReports = await reportSums(w.app.ctx.db, systemScope(), { indicatorIds, periods, by });
      expect(sort(fromRollups)).toEqual(sort(fromReports));
    }
  });
});
