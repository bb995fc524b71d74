import { describe, expect, it } from 'vitest';
import type { InvestmentDrillRow, InvestmentStatsSummary } from '@kaifaqu/contracts';
import { useDemoApp } from '../../test/demo-app.js';
import { loginAs } from '../../test/factories.js';
import { DEMO_PASSWORD } from '../accounts/index.js';

// The whole demo loads on an empty database, and the pipeline it seeds is consistent.
const demo = useDemoApp('2026-06-15T02:00:00.000Z');
const get = <T>(cookie: string, url: string) => demo.get<T>(cookie, url);

describe('projects demo', () => {
  it('seeds ~60 investment projects in every stage, with histories that end where the project stands', async () => {
    const db = demo.app.ctx.db;
    const projects = await db.selectFrom('projects').selectAll().execute();
    const investment = projects.filter((p) => p.kind === 'investment');
    expect(investment.length).toBe(60);
    expect(projects.filter((p) => p.kind === 'government').length).toBe(8);
    expect(new Set(investment.map((p) => p.stage))).toEqual(
      new Set([
        'lead',
        'negotiating',
        'signed',
        'landSupplied',
        'started',
        'inProduction',
        'fullProduction',
        'terminated',
      ]),
    );
    const events = await db.selectFrom('project_stage_events').selectAll().orderBy('entered_on').execute();
    for (const p of projects) {
      const own = events.filter((e) => e.project_id === p.id);
      expect(own.at(-1)?.stage, p.name).toBe(p.stage);
      expect(own.at(-1)?.entered_on).toBe(p.stage_since);
      expect(own.every((e) => e.entered_on <= '2026-06-15')).toBe(true);
    }
    // One project went back from 签约 to 在谈 and was signed again.
    expect(events.some((e) => e.from_stage === 'signed' && e.stage === 'negotiating')).toBe(true);
    const activities = await db.selectFrom('investment_activities').select('kind').execute();
    expect(activities.filter((a) => a.kind === 'reception').length).toBe(30);
    expect(activities.filter((a) => a.kind === 'trip').length).toBe(15);
    expect(
      (await db.selectFrom('coordination_issues').select('id').where('supervised', '=', 1).execute()).length,
    ).toBeGreaterThan(0);
  });

  it('the dashboard figures and targets have something to show; qiye1 sees its own project', async () => {
    const cookie = await loginAs(demo.app, 'investment', DEMO_PASSWORD);
    const s = await get<InvestmentStatsSummary>(
      cookie,
      '/investment-stats/summary?from=2026-01-01&to=2026-06-15&minInvestmentWan=10000',
    );
    expect(s.total.signed.count).toBeGreaterThan(0);
    expect(s.activities.receptions).toBeGreaterThan(0);
    const signed = await get<InvestmentDrillRow[]>(
      cookie,
      '/investment-stats/projects?metric=signed&from=2026-01-01&to=2026-06-15&minInvestmentWan=10000',
    );
    expect(signed.length).toBe(s.total.signed.count);
    const progress = await get<{ subjectKind: string; actual: number | null }[]>(
      cookie,
      '/targets/progress?year=2026&month=6',
    );
    expect(progress.filter((r) => r.subjectKind === 'projects').length).toBe(5);
    const owner = await demo.app.ctx.db
      .selectFrom('users')
      .select('enterprise_id')
      .where('username', '=', 'qiye1')
      .executeTakeFirstOrThrow();
    const own = await demo.app.ctx.db
      .selectFrom('projects')
      .select('id')
      .where('enterprise_id', '=', owner.enterprise_id)
      .execute();
    expect(own.length).toBeGreaterThan(0);
  });
});
