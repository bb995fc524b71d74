import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';
import type { ProjectTable } from './projects.tables.js';
import { DemoCalendar, stamp, type DemoRefs } from './projects.seed-support.js';

// The demo's investment pipeline: investors, agents, leads, activities over the last two years,
// and ~60 projects whose stage histories, agreements and funds in place agree with each other.

const USD_RATE = 7.1;
const WAN = 1_000_000; // 分 (or US cents) per 万

import { INVESTORS, PRODUCTS, seedInvestmentParties } from './projects.seed-investment.js';

const SOURCES = ['businessReferral', 'agent', 'expo', 'trip', 'online', 'higherLevel'] as const;

/** Current stage of each of the 60 projects (lead …terminated). */
const FINAL_STAGES: string[] = [
  ...Array<string>(4).fill('lead'),
  ...Array<string>(10).fill('negotiating'),
  ...Array<string>(10).fill('signed'),
  ...Array<string>(6).fill('landSupplied'),
  ...Array<string>(12).fill('started'),
  ...Array<string>(9).fill('inProduction'),
  ...Array<string>(4).fill('fullProduction'),
  ...Array<string>(5).fill('terminated'),
];
const ORDER = ['lead', 'negotiating', 'signed', 'landSupplied', 'started', 'inProduction', 'fullProduction'];

/** Codes as the projects module numbers them: XM<year>-0001, by the year the project began. */
export function projectCode(codeCounters: Map<string, number>, firstOn: string): string {
  const prefix = `XM${firstOn.slice(0, 4)}-`;
  const n = (codeCounters.get(prefix) ?? 0) + 1;
  codeCounters.set(prefix, n);
  return `${prefix}${String(n).padStart(4, '0')}`;
}

export interface SeededProject {
  id: string;
  name: string;
  stage: string;
  subParkId: string | null;
  departmentId: string | null;
  startedOn: string | null;
  plannedCnyFen: number;
}

/** Planned investment in 万元: mostly ¥100M+, some smaller, a few very large. */
function plannedWan(demo: DemoSeedContext): number {
  const r = demo.random.next();
  if (r < 0.15) return demo.random.int(8, 19) * 100;
  if (r < 0.35) return demo.random.int(20, 99) * 100;
  if (r < 0.75) return demo.random.int(10, 49) * 1000;
  if (r < 0.9) return demo.random.int(50, 99) * 1000;
  return demo.random.int(10, 30) * 10_000;
}

/** Stage entries ending at `final`, spread between two years ago and today. */
function historyFor(
  demo: DemoSeedContext,
  cal: DemoCalendar,
  final: string,
  twice: boolean,
): [string, string][] {
  const { random } = demo;
  const path =
    final === 'terminated'
      ? ['negotiating', ...(random.next() < 0.5 ? ['signed'] : []), 'terminated']
      : ORDER.slice(ORDER[0] === final ? 0 : 1, ORDER.indexOf(final) + 1).filter(
          (s) => s === final || s !== 'landSupplied' || random.next() < 0.6,
        );
  if (final === 'lead') path.splice(0, path.length, 'lead');
  if (twice) path.splice(path.indexOf('signed') + 1, 0, 'negotiating', 'signed');
  const start = random.int(Math.min(700, 60 + path.length * 70), 715);
  const end = random.int(
    3,
    Math.max(4, Math.min(start - path.length * 15, final === 'negotiating' ? 200 : 120)),
  );
  const step = (start - end) / Math.max(1, path.length - 1);
  return path.map((stage, i) => [
    stage,
    cal.daysAgo(Math.round(start - step * i - (i > 0 && i < path.length - 1 ? random.int(0, 10) : 0))),
  ]);
}

export async function seedPipeline(
  ctx: AppContext,
  demo: DemoSeedContext,
  refs: DemoRefs,
  codes: Map<string, number>,
): Promise<SeededProject[]> {
  const { random } = demo;
  const cal = new DemoCalendar(ctx);
  const investDept = refs.departments.get('INVEST') ?? null;
  const investor = refs.users.get('investment') ?? null;

  const { investorIds, agentIds, events } = await seedInvestmentParties(ctx, demo, cal, investDept, investor);
  const projects: SeededProject[] = [];
  const linkable = refs.enterprises.slice(0, 8);
  let linked = 0;
  for (const [i, final] of FINAL_STAGES.entries()) {
    const [product, industry] = PRODUCTS[i % PRODUCTS.length]!;
    const investorIndex = (i * 7) % INVESTORS.length;
    const [investorName, region, foreign] = INVESTORS[investorIndex]!;
    const history = historyFor(demo, cal, final, i === 24);
    const wan = plannedWan(demo);
    const usd = foreign && i % 2 === 0;
    const reached = (stage: string) => history.find(([s]) => s === stage)?.[1] ?? null;
    const enterprise =
      ['inProduction', 'fullProduction', 'started'].includes(final) && linked < linkable.length && i % 2 === 0
        ? linkable[linked++]
        : undefined;
    const subParkId = enterprise?.subParkId ?? refs.subParkIds[i % refs.subParkIds.length] ?? null;

    const leadRow = stamp(demo);
    const source = random.pick(SOURCES);
    const [firstStage, firstOn] = history[0]!;
    // About half of the projects came through a recorded lead (线索); the others were met directly.
    const fromLead = firstStage === 'lead' || i % 2 === 0;
    if (fromLead)
      await ctx.db
        .insertInto('investment_leads')
        .values({
          ...leadRow,
          title: `${investorName}${product}项目线索`,
          investor_id: investorIds[investorIndex]!,
          source,
          agent_id: source === 'agent' ? random.pick(agentIds) : null,
          industry_code: industry,
          estimated_investment_fen: wan * WAN,
          received_on: DemoCalendar.plus(firstOn, -random.int(10, 40)),
          follower_user_id: investor,
          department_id: investDept,
          status: firstStage === 'lead' ? 'open' : 'converted',
          note: '',
          version: 1,
        })
        .execute();

    const row = stamp(demo);
    const [stage, stageSince] = history.at(-1)!;
    const project: ProjectTable = {
      ...row,
      code: projectCode(codes, firstOn),
      name: `${investorName.replace('(个人)', '')}${product}项目`,
      kind: 'investment',
      project_type:
        industry.startsWith('6') || industry.startsWith('7')
          ? 'modernServices'
          : i % 5 === 0
            ? 'expansion'
            : 'newBuild',
      works_category: null,
      investor_id: investorIds[investorIndex]!,
      lead_id: fromLead ? leadRow.id : null,
      agent_id: source === 'agent' ? random.pick(agentIds) : null,
      promotion_event_id: i % 9 === 0 ? events[i % 3]! : null,
      enterprise_id: enterprise?.id ?? null,
      industry_code: industry,
      sub_park_id: subParkId,
      department_id: investDept,
      currency: usd ? 'USD' : 'CNY',
      planned_investment: usd ? Math.round((wan * WAN) / USD_RATE) : wan * WAN,
      planned_investment_cny_fen: wan * WAN,
      signed_amount: reached('signed') ? (usd ? Math.round((wan * WAN) / USD_RATE) : wan * WAN) : null,
      signed_amount_cny_fen: reached('signed') ? wan * WAN : null,
      stage,
      stage_since: stageSince,
      termination_reason:
        stage === 'terminated'
          ? random.pick(['投资方资金链紧张', '项目用地条件不满足', '投资方战略调整'])
          : null,
      is_key: ['started', 'landSupplied'].includes(stage) && i % 3 === 0 ? 1 : 0,
      leader_name: random.pick(['王主任', '李副主任', '刘副主任']),
      owner_user_id: investor,
      works_quantity_unit: null,
      works_planned_quantity_centi: null,
      description: `${investorName}投资建设${product}生产基地,计划总投资${wan}万元。`,
      created_by: investor,
      version: 1,
    };
    await ctx.db.insertInto('projects').values(project).execute();
    let from: string | null = null;
    for (const [s, on] of history) {
      await ctx.db
        .insertInto('project_stage_events')
        .values({
          id: random.id(demo.at),
          project_id: row.id,
          from_stage: from,
          stage: s,
          entered_on: on,
          note: s === 'negotiating' && from === 'signed' ? '投资方调整方案,退回在谈' : '',
          recorded_by: investor,
          recorded_at: demo.at.toISOString(),
        })
        .execute();
      from = s;
    }
    const signedOn = reached('signed');
    if (signedOn) await agreement(ctx, demo, row.id, project.name, signedOn, wan);
    const startedOn = reached('started');
    if (startedOn) {
      const origin = foreign ? 'foreign' : region.startsWith('江苏') ? 'inProvince' : 'outOfProvince';
      const last = stage === 'terminated' ? stageSince : cal.daysAgo(20);
      for (const period of DemoCalendar.months(startedOn, last)) {
        if (random.next() < 0.35) continue;
        // Foreign money arrives in smaller tranches (the zone's FDI is ~10 million USD a year).
        const cny = Math.round((wan * WAN * random.int(3, 8)) / (origin === 'foreign' ? 1000 : 100));
        await ctx.db
          .insertInto('project_funds')
          .values({
            ...stamp(demo),
            project_id: row.id,
            period,
            origin,
            amount_cny_fen: cny,
            amount_usd_cents: origin === 'foreign' ? Math.round(cny / USD_RATE) : null,
            note: '',
            recorded_by: investor,
            version: 1,
          })
          .execute();
      }
    }
    projects.push({
      id: row.id,
      name: project.name,
      stage,
      subParkId,
      departmentId: investDept,
      startedOn,
      plannedCnyFen: wan * WAN,
    });
  }
  // A few leads that never became projects.
  for (let i = 0; i < 12; i++) {
    const investorIndex = random.int(0, INVESTORS.length - 1);
    await ctx.db
      .insertInto('investment_leads')
      .values({
        ...stamp(demo),
        title: `${INVESTORS[investorIndex]![0]}${random.pick(PRODUCTS)[0]}投资意向`,
        investor_id: investorIds[investorIndex]!,
        source: random.pick(SOURCES),
        agent_id: null,
        industry_code: null,
        estimated_investment_fen: random.int(5, 50) * 1000 * WAN,
        received_on: cal.daysAgo(random.int(10, 600)),
        follower_user_id: investor,
        department_id: investDept,
        status: i % 3 === 0 ? 'dropped' : 'open',
        note: i % 3 === 0 ? '投资方另选他址' : '',
        version: 1,
      })
      .execute();
  }
  return projects;
}

/** The agreement signed on `signedOn`: start within 6 months, production within 18. */
async function agreement(
  ctx: AppContext,
  demo: DemoSeedContext,
  projectId: string,
  name: string,
  signedOn: string,
  wan: number,
): Promise<void> {
  const mu = Math.max(10, Math.round(wan / 400));
  await ctx.db
    .insertInto('project_agreements')
    .values({
      ...stamp(demo),
      project_id: projectId,
      title: `${name}投资协议`,
      signed_on: signedOn,
      start_deadline: DemoCalendar.plus(signedOn, 180),
      completion_deadline: DemoCalendar.plus(signedOn, 450),
      production_deadline: DemoCalendar.plus(signedOn, 540),
      land_area_centimu: mu * 100,
      investment_intensity_fen_per_mu: Math.round((wan * WAN) / mu),
      output_per_mu_fen: demo.random.int(300, 800) * WAN,
      tax_per_mu_fen: demo.random.int(15, 40) * WAN,
      file_ids: '[]',
      note: '',
      version: 1,
    })
    .execute();
}
