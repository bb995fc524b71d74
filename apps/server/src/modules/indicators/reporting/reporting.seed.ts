import type { AppContext } from '../../../platform/context.js';
import type { DemoSeedContext } from '../../../demo/demo-random.js';
import { listIndicators } from '../indicators.repository.js';
import type { IndicatorTable } from '../indicators.tables.js';
import { formIndicators } from './report-form.js';
import { categoryMembers, insertReports } from './reports.repository.js';
import type { EnterpriseReportTable, ReportValueTable } from './reporting.tables.js';
import { addToRollups, valueDelta } from './rollups.repository.js';

/** First year of demo reports: three years give the trend chart something to compare. */
const FIRST_YEAR = 2024;
/** Seasonal weight of each month in a year's output (Spring Festival dip, year-end push). */
const SEASON = [0.7, 0.6, 1.0, 1.0, 1.05, 1.1, 1.0, 1.0, 1.05, 1.05, 1.15, 1.3];
/** Each indicator as a share of 工业总产值 (flows) — the rough shape of a manufacturing zone. */
const RATIO: Record<string, number> = {
  grossOutput: 1,
  valueAdded: 0.26,
  revenue: 1.04,
  profit: 0.06,
  tax: 0.035,
  exportDelivery: 0.1,
  fixedAssetInvestment: 0.08,
  techRenovationInvestment: 0.03,
  rdExpenditure: 0.028,
  energyConsumption: 0.00004,
  electricity: 0.00008,
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Demo reporting: every 规上工业 enterprise (and the demo enterprise accounts' own enterprises)
 * has approved monthly reports from January 2024 to two months before today, and the month
 * before today has an open task with every report still to be filled.
 */
export async function seedReportingDemo(ctx: AppContext, demo: DemoSeedContext): Promise<void> {
  const { random } = demo;
  const now = ctx.clock.now();
  const openYear = now.getUTCMonth() === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const openMonth = now.getUTCMonth() === 0 ? 12 : now.getUTCMonth();
  const at = now.toISOString();
  const indicators = await formIndicators(ctx.db, 'aboveScaleIndustry');
  await ensureDemoAccountsReport(ctx, demo, openYear);

  // Each enterprise's size, growth and workforce, fixed for the whole series.
  const profile = new Map<string, { monthly: number; growth: number; employees: number }>();
  const profileOf = (id: string) => {
    let p = profile.get(id);
    if (!p) {
      p = {
        monthly: random.int(300, 6000),
        growth: random.int(-10, 25) / 100,
        employees: random.int(60, 900),
      };
      profile.set(id, p);
    }
    return p;
  };
  const cumulativeOf = (id: string, year: number, month: number) => {
    const p = profileOf(id);
    const scale = p.monthly * (1 + p.growth) ** (year - FIRST_YEAR);
    return SEASON.slice(0, month).reduce((sum, s) => sum + s, 0) * scale;
  };
  const stored = (indicator: IndicatorTable, wanYuanOfOutput: number, id: string) =>
    indicator.code === 'employees'
      ? profileOf(id).employees
      : Math.round(wanYuanOfOutput * (RATIO[indicator.code] ?? 0) * 10 ** indicator.scale);

  for (let year = FIRST_YEAR; year <= openYear; year++) {
    const members = await categoryMembers(ctx.db, 'aboveScaleIndustry', year);
    const lastMonth = year === openYear ? openMonth : 12;
    for (let month = 1; month <= lastMonth; month++) {
      const period = `${year}-${pad(month)}`;
      const open = year === openYear && month === openMonth;
      const taskId = random.id(demo.at);
      await ctx.db
        .insertInto('report_tasks')
        .values({
          id: taskId,
          period,
          enterprise_category: 'aboveScaleIndustry',
          title: `${period} 规上工业月报`,
          deadline: month === 12 ? `${year + 1}-01-25` : `${year}-${pad(month + 1)}-25`,
          status: open ? 'open' : 'closed',
          created_by: null,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const reports: EnterpriseReportTable[] = members.map((m) => ({
        id: random.id(demo.at),
        task_id: taskId,
        period,
        enterprise_category: 'aboveScaleIndustry',
        enterprise_id: m.id,
        sub_park_id: m.sub_park_id,
        industry_division: m.industry_code.slice(0, 2),
        status: open ? 'notStarted' : 'approved',
        explanations: '[]',
        return_comment: '',
        submitted_at: open ? null : at,
        submitted_by: null,
        reviewed_at: open ? null : at,
        reviewed_by: null,
        revision_count: 0,
        version: 1,
        created_at: at,
        updated_at: at,
      }));
      await insertReports(ctx.db, reports);
      if (open) continue;
      const changes = reports.map((r) => {
        const noise = 1 + random.int(-3, 3) / 100;
        const current = cumulativeOf(r.enterprise_id, year, month) * noise;
        const previous = cumulativeOf(r.enterprise_id, year - 1, month) * (1 + random.int(-2, 2) / 100);
        const values: ReportValueTable[] = indicators.map((i) => ({
          report_id: r.id,
          indicator_id: i.id,
          cumulative: stored(i, current, r.enterprise_id),
          previous_year:
            i.code === 'employees'
              ? profileOf(r.enterprise_id).employees - 5
              : stored(i, previous, r.enterprise_id),
        }));
        return { report: r, values, deltas: values.map((v) => valueDelta(v.indicator_id, undefined, v)) };
      });
      const values = changes.flatMap((c) => c.values);
      for (let i = 0; i < values.length; i += 500)
        await ctx.db
          .insertInto('report_values')
          .values(values.slice(i, i + 500))
          .execute();
      await addToRollups(ctx.db, changes);
    }
  }
  await seedZoneFigures(ctx, demo, openYear, openMonth);
  await seedThresholds(ctx);
}

/** Alarm and excellence thresholds of 同比 (basis points) and the lead department, as a zone sets them. */
async function seedThresholds(ctx: AppContext): Promise<void> {
  const economic = await ctx.db
    .selectFrom('departments')
    .select('id')
    .where('code', '=', 'ECON')
    .executeTakeFirst();
  const thresholds: Record<string, [number, number]> = {
    grossOutput: [500, 1500],
    valueAdded: [500, 1500],
    revenue: [300, 1200],
    tax: [0, 1000],
    fixedAssetInvestment: [0, 2000],
    generalBudgetRevenue: [300, 1000],
  };
  for (const [code, [alarm, excellence]] of Object.entries(thresholds)) {
    await ctx.db
      .updateTable('indicators')
      .set({
        alarm_growth_bp: alarm,
        excellence_growth_bp: excellence,
        lead_department_id: economic?.id ?? null,
      })
      .where('code', '=', code)
      .execute();
  }
}

/** The demo enterprise accounts' enterprises report too, so their users have a form to fill. */
async function ensureDemoAccountsReport(ctx: AppContext, demo: DemoSeedContext, openYear: number) {
  const accounts = await ctx.db
    .selectFrom('users')
    .select('enterprise_id')
    .where('scope_kind', '=', 'enterprise')
    .where('enterprise_id', 'is not', null)
    .execute();
  for (const { enterprise_id } of accounts) {
    for (let year = openYear - 1; year <= openYear; year++) {
      const held = await ctx.db
        .selectFrom('enterprise_qualifications')
        .select('id')
        .where('enterprise_id', '=', enterprise_id!)
        .where('kind', '=', 'aboveScale')
        .where('year', '=', year)
        .executeTakeFirst();
      if (held) continue;
      await ctx.db
        .insertInto('enterprise_qualifications')
        .values({
          id: demo.random.id(demo.at),
          enterprise_id: enterprise_id!,
          kind: 'aboveScale',
          year,
          certificate_no: `GS${year}${demo.random.int(1000, 9999)}`,
          valid_from: null,
          valid_to: null,
          board: null,
          status: 'active',
          version: 1,
          created_at: demo.at.toISOString(),
          updated_at: demo.at.toISOString(),
        })
        .execute();
      await ctx.db
        .updateTable('enterprises')
        .set({ status: 'inProduction' })
        .where('id', '=', enterprise_id!)
        .where('status', 'in', ['signed', 'underConstruction'])
        .execute();
    }
  }
}

/** Department-entered zone figures (一般公共预算收入 …) for last year and this year to date. */
async function seedZoneFigures(ctx: AppContext, demo: DemoSeedContext, openYear: number, openMonth: number) {
  const yearly: Record<string, number> = {
    generalBudgetRevenue: 52000,
    taxRevenue: 46000,
    retainedTaxRevenue: 3100,
    actualForeignInvestment: 8600,
    importExport: 41000,
    zoneFixedAssetInvestment: 260000,
    zoneTechRenovationInvestment: 72000,
  };
  const indicators = (await listIndicators(ctx.db)).filter((i) => i.code in yearly);
  for (const indicator of indicators) {
    const growth = 1 + demo.random.int(-4, 15) / 100;
    for (let year = openYear - 1; year <= openYear; year++) {
      const last = year === openYear ? openMonth - 1 : 12;
      for (let month = 1; month <= last; month++) {
        const share = SEASON.slice(0, month).reduce((a, b) => a + b, 0) / SEASON.reduce((a, b) => a + b, 0);
        const before = yearly[indicator.code]! * share;
        await ctx.db
          .insertInto('zone_figures')
          .values({
            indicator_id: indicator.id,
            period: `${year}-${pad(month)}`,
            cumulative: Math.round(before * growth ** (year - openYear + 2) * 10 ** indicator.scale),
            previous_year: Math.round(before * growth ** (year - openYear + 1) * 10 ** indicator.scale),
            entered_by: null,
            entered_at: demo.at.toISOString(),
            version: 1,
          })
          .execute();
      }
    }
  }
}
