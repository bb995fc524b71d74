import { describe, expect, it } from 'vitest';
import type { SafetyStats, SafetyTrend } from '@kaifaqu/contracts';
import { useDemoApp } from '../../../test/demo-app.js';
import { loginAs } from '../../../test/factories.js';
import { DEMO_PASSWORD } from '../../accounts/index.js';

// The whole demo loads on an empty database with a year of inspections and hazards up to "today".
const demo = useDemoApp('2026-06-15T02:30:00.000Z');
const get = <T>(cookie: string, url: string) => demo.get<T>(cookie, url);

describe('safety demo', () => {
  it('holds a year of inspections and hazards with a realistic mix', async () => {
    const cookie = await loginAs(demo.app, 'safety', DEMO_PASSWORD);
    const year = await get<SafetyStats>(cookie, '/safety-stats?from=2025-06-16&to=2026-06-15');
    const f = year.total;
    expect(f.inspections).toBe(150);
    expect(f.found).toBeGreaterThan(200);
    expect(f.found).toBeLessThan(300);
    expect(f.rateBp!).toBeGreaterThan(7000);
    expect(f.overdue / f.found).toBeGreaterThan(0.05);
    expect(f.overdue / f.found).toBeLessThan(0.16);
    expect(f.noticesIssued).toBe(25);
    expect(f.majorOpen).toBe(5);
    expect(f.supervisedOpen).toBe(2);
    const byGrade = await get<SafetyStats>(
      cookie,
      '/safety-stats?from=2025-06-16&to=2026-06-15&groupBy=grade',
    );
    expect(byGrade.groups.find((g) => g.key === 'major')!.figures.found).toBe(8);
    const trend = await get<SafetyTrend>(cookie, '/safety-stats/trend?year=2026');
    expect(trend.months.slice(0, 6).every((m) => m.found > 0)).toBe(true);
  });

  it('gives qiye1 open hazards to rectify, on its to-do list and in its file', async () => {
    const cookie = await loginAs(demo.app, 'qiye1', DEMO_PASSWORD);
    const own = await get<SafetyStats>(cookie, '/safety-stats?period=2026');
    expect(own.total.found).toBeGreaterThan(0);
    const todos = await demo.app.ctx.db
      .selectFrom('todos')
      .innerJoin('users', 'users.enterprise_id', 'todos.enterprise_id')
      .select('todos.kind')
      .where('users.username', '=', 'qiye1')
      .where('todos.status', '=', 'open')
      .where('todos.kind', '=', 'hazard.rectify')
      .execute();
    expect(todos.length).toBeGreaterThanOrEqual(2);
    const me = await demo.app.ctx.db
      .selectFrom('users')
      .select('enterprise_id')
      .where('username', '=', 'qiye1')
      .executeTakeFirstOrThrow();
    const file = await get<{
      sections: { key: string; data: { hazardCounts: { open: number }; agreementYears: number[] } }[];
    }>(cookie, `/enterprises/${me.enterprise_id}/file`);
    const safety = file.sections.find((s) => s.key === 'safety')!.data;
    expect(safety.hazardCounts.open).toBeGreaterThanOrEqual(2);
    expect(safety.agreementYears[0]).toBe(2026);
  });

  it('stores each notice with its document', async () => {
    const rows = await demo.app.ctx.db
      .selectFrom('rectification_notices')
      .innerJoin('files', 'files.id', 'rectification_notices.file_id')
      .select(['files.size_bytes', 'rectification_notices.number'])
      .execute();
    expect(rows).toHaveLength(25);
    expect(rows.every((r) => Number(r.size_bytes) > 1000)).toBe(true);
  });
});
