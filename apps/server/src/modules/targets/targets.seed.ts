import type { DemoSeedContext } from '../../demo/demo-random.js';
import { systemScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import { targetSource } from './target-sources.js';
import { insertTarget } from './targets.repository.js';

/** Demo targets of this year: last year's actual plus the growth a zone would commit to. */
const DEMO_TARGETS: { kind: string; code: string; growth: number; department: string }[] = [
  { kind: 'indicator', code: 'grossOutput', growth: 0.12, department: 'ECON' },
  { kind: 'indicator', code: 'valueAdded', growth: 0.1, department: 'ECON' },
  { kind: 'indicator', code: 'tax', growth: 0.08, department: 'ECON' },
  { kind: 'indicator', code: 'fixedAssetInvestment', growth: 0.15, department: 'PLAN' },
  { kind: 'indicator', code: 'generalBudgetRevenue', growth: 0.06, department: 'OFFICE' },
  { kind: 'enterprises', code: 'newlySettled', growth: 0, department: 'INVEST' },
];

/** Seeds this year's targets from last year's actuals, read through the registered sources. */
export async function seedTargetsDemo(ctx: AppContext, demo: DemoSeedContext): Promise<void> {
  const year = ctx.clock.now().getUTCFullYear();
  const departments = new Map(
    (await ctx.db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]),
  );
  const at = ctx.clock.now().toISOString();
  for (const t of DEMO_TARGETS) {
    const department = departments.get(t.department);
    const source = targetSource(t.kind);
    if (!department || !source) continue;
    const last =
      t.kind === 'enterprises' ? 30 : await source.actualToDate(ctx, systemScope(), t.code, year - 1, 12);
    if (!last) continue;
    await insertTarget(ctx.db, {
      id: demo.random.id(demo.at),
      year,
      subject_kind: t.kind,
      subject_code: t.code,
      target_value: Math.round(last * (1 + t.growth)),
      owner_department_id: department,
      note: '演示目标',
      version: 1,
      created_at: at,
      updated_at: at,
    });
  }
}
