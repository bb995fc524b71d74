import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';
import { projectCode, type SeededProject } from './projects.seed-pipeline.js';
import { DemoCalendar, stamp, type DemoRefs } from './projects.seed-support.js';
import { MILESTONE_NAMES } from './scheduling/scheduling.views.js';

// The demo's government works (道路、污水厂、变电站、标准厂房 …) and the scheduling of them and of
// the key enterprise projects: milestones (some overdue), monthly progress, funding sources,
// coordination issues (some overdue and supervised) and three scheduling meetings.

const WAN = 1_000_000;

const WORKS: [string, string, string, number, number][] = [
  // name, category, unit, planned quantity, planned investment 万元
  ['纬三路(经一路至经五路)新建工程', 'road', 'km', 3.2, 18_000],
  ['滨江大道北延伸工程', 'road', 'km', 5.6, 42_000],
  ['第二污水处理厂一期工程', 'sewage', 'm3/d', 50_000, 36_000],
  ['110千伏智造变电站工程', 'substation', 'MVA', 100, 12_000],
  ['智能制造产业园标准厂房(一期)', 'standardFactory', 'm2', 120_000, 48_000],
  ['新材料产业园标准厂房(二期)', 'standardFactory', 'm2', 80_000, 30_000],
  ['园区供水管网改造工程', 'pipe', 'km', 12, 8_500],
  ['生物医药产业园人才公寓', 'resettlement', 'm2', 45_000, 26_000],
];

const FUNDING: [string, number][] = [
  ['specialBond', 0.5],
  ['centralBudget', 0.15],
  ['localFiscal', 0.35],
];

const PERMITS = ['projectFiling', 'landPreApproval', 'planningPermit', 'constructionPermit', 'eia'];
const BUILD = ['start', 'topOut', 'completion'];

const ISSUES: [string, string][] = [
  ['施工红线内有3户未完成拆迁,影响道路贯通', 'LAND'],
  ['高压线路迁改需供电公司排期', 'PLAN'],
  ['专项债资金拨付滞后,施工单位垫资压力大', 'ECON'],
  ['环评批复前置条件需补充材料', 'SAFE'],
  ['土方外运消纳场地不足', 'PLAN'],
  ['用地指标尚未下达,影响土地出让', 'LAND'],
  ['施工用电临时接入需协调', 'PLAN'],
  ['企业设备进口报关需协助', 'INVEST'],
  ['雨污管网接入点位需规划调整', 'PLAN'],
  ['项目配套道路未同步建设', 'PLAN'],
  ['消防审验意见整改', 'SAFE'],
  ['员工宿舍配套需协调租赁', 'ASSET'],
];

export async function seedWorksAndScheduling(
  ctx: AppContext,
  demo: DemoSeedContext,
  refs: DemoRefs,
  pipeline: SeededProject[],
  codes: Map<string, number>,
): Promise<void> {
  const { random } = demo;
  const cal = new DemoCalendar(ctx);
  const plan = refs.departments.get('PLAN') ?? null;
  const planner = refs.users.get('planning') ?? null;
  const at = demo.at.toISOString();

  // The works, all in the planning user's sub-parks except the last two.
  const followed: {
    id: string;
    name: string;
    stage: string;
    startedOn: string;
    departmentId: string | null;
  }[] = [];
  for (const [i, [name, category, unit, quantity, wan]] of WORKS.entries()) {
    const row = stamp(demo);
    const startedOn = cal.daysAgo(random.int(150, 600));
    const finished = i === 6;
    const history: [string, string][] = [['started', startedOn]];
    if (finished) history.push(['inProduction', cal.daysAgo(40)]);
    await ctx.db
      .insertInto('projects')
      .values({
        ...row,
        code: projectCode(codes, startedOn),
        name,
        kind: 'government',
        project_type: 'other',
        works_category: category,
        investor_id: null,
        lead_id: null,
        agent_id: null,
        promotion_event_id: null,
        enterprise_id: null,
        industry_code: null,
        sub_park_id: refs.subParkIds[i < 6 ? i % 2 : 2] ?? null,
        department_id: plan,
        currency: 'CNY',
        planned_investment: wan * WAN,
        planned_investment_cny_fen: wan * WAN,
        signed_amount: null,
        signed_amount_cny_fen: null,
        stage: history.at(-1)![0],
        stage_since: history.at(-1)![1],
        termination_reason: null,
        is_key: 1,
        leader_name: random.pick(['王主任', '李副主任']),
        owner_user_id: planner,
        works_quantity_unit: unit,
        works_planned_quantity_centi: Math.round(quantity * 100),
        description: `政府投资项目,计划总投资${wan}万元。`,
        created_by: planner,
        version: 1,
      })
      .execute();
    for (const [j, [stage, on]] of history.entries())
      await ctx.db
        .insertInto('project_stage_events')
        .values({
          id: random.id(demo.at),
          project_id: row.id,
          from_stage: j === 0 ? null : history[j - 1]![0],
          stage,
          entered_on: on,
          note: '',
          recorded_by: planner,
          recorded_at: at,
        })
        .execute();
    for (const [source, share] of FUNDING) {
      const amount = Math.round(wan * WAN * share);
      await ctx.db
        .insertInto('project_funding_sources')
        .values({
          ...stamp(demo),
          project_id: row.id,
          source,
          amount_fen: amount,
          arrived_fen: Math.round((amount * random.int(30, 100)) / 100),
          note: '',
          version: 1,
        })
        .execute();
    }
    // Monthly progress from the start to last month; cumulative investment and quantity grow.
    const months = DemoCalendar.months(startedOn, cal.daysAgo(30));
    let cumulative = 0;
    for (const [k, period] of months.entries()) {
      const share = finished ? (k + 1) / months.length : Math.min(0.95, (k + 1) / (months.length + 6));
      const thisMonth = Math.round(wan * WAN * share) - cumulative;
      cumulative += thisMonth;
      await ctx.db
        .insertInto('project_progress_reports')
        .values({
          ...stamp(demo),
          project_id: row.id,
          period,
          progress_note: `${name}完成形象进度${Math.round(share * 100)}%`,
          photo_file_ids: '[]',
          investment_this_month_fen: thisMonth,
          investment_cumulative_fen: cumulative,
          quantity_done_centi: Math.round(quantity * 100 * share),
          reported_by: planner,
          version: 1,
        })
        .execute();
    }
    followed.push({ id: row.id, name, stage: history.at(-1)![0], startedOn, departmentId: plan });
  }
  // Key enterprise projects under construction are scheduled too.
  for (const p of pipeline.filter((p) => p.stage === 'started' && p.startedOn).slice(0, 6))
    followed.push({
      id: p.id,
      name: p.name,
      stage: p.stage,
      startedOn: p.startedOn!,
      departmentId: p.departmentId,
    });
  for (const p of pipeline.filter((p) => p.stage === 'started').slice(0, 6))
    await ctx.db.updateTable('projects').set({ is_key: 1 }).where('id', '=', p.id).execute();

  // Milestones: permits done before the start; construction ones planned after it, some overdue.
  for (const [i, p] of followed.entries()) {
    const milestone = async (
      kind: 'permit' | 'construction',
      code: string,
      planned: string,
      actual: string | null,
    ) =>
      ctx.db
        .insertInto('project_milestones')
        .values({
          ...stamp(demo),
          project_id: p.id,
          kind,
          code,
          name: MILESTONE_NAMES[code] ?? code,
          planned_on: planned,
          actual_on: actual,
          owner_user_id: planner,
          note: '',
          version: 1,
        })
        .execute();
    for (const [k, code] of PERMITS.entries()) {
      const planned = DemoCalendar.plus(p.startedOn, -120 + k * 20);
      await milestone('permit', code, planned, DemoCalendar.plus(planned, random.int(-5, 10)));
    }
    await milestone('construction', 'start', p.startedOn, p.startedOn);
    for (const [k, code] of BUILD.slice(1).entries()) {
      const planned = DemoCalendar.plus(p.startedOn, 150 + k * 180);
      const due = planned <= cal.today;
      // Every third project is late on a passed node: planned date gone, no actual date.
      const actual =
        due && (i % 3 !== 0 || p.stage === 'inProduction')
          ? DemoCalendar.plus(planned, random.int(-10, 20))
          : null;
      await milestone('construction', code, planned, actual && actual <= cal.today ? actual : null);
    }
  }

  // Three scheduling meetings; their decisions and other problems become coordination issues.
  const meetings: string[] = [];
  for (const [k, daysAgo] of [75, 40, 10].entries()) {
    const row = stamp(demo);
    meetings.push(row.id);
    await ctx.db
      .insertInto('scheduling_meetings')
      .values({
        ...row,
        held_on: cal.daysAgo(daysAgo),
        title: `重点项目建设调度会(第${k + 1}次)`,
        chair: '王主任',
        attendees: '规划建设局、国土资源分局、经济发展局、招商局、各园区',
        minutes: '听取重点项目建设进展汇报,研究解决项目推进中的困难和问题。',
        file_ids: '[]',
        created_by: planner,
        version: 1,
      })
      .execute();
  }
  for (const [i, [description, department]] of ISSUES.entries()) {
    const p = followed[i % followed.length]!;
    const meeting = i < 9 ? meetings[i % 3]! : null;
    const raised = cal.daysAgo([75, 40, 10][i % 3]! + (meeting ? 0 : 5));
    const deadline = DemoCalendar.plus(raised, random.int(14, 45));
    const solved = i % 4 === 1 && deadline < cal.today;
    const overdue = !solved && deadline < cal.today;
    await ctx.db
      .insertInto('coordination_issues')
      .values({
        ...stamp(demo),
        project_id: p.id,
        stage: p.stage,
        description,
        responsible_department_id: refs.departments.get(department) ?? plan!,
        owner_user_id: null,
        deadline,
        status: solved ? 'solved' : i % 2 === 0 ? 'inProgress' : 'open',
        solution: solved ? '经协调已解决' : '',
        solved_on: solved ? DemoCalendar.plus(deadline, -random.int(1, 7)) : null,
        supervised: overdue ? 1 : 0,
        supervised_at: overdue
          ? new Date(Date.parse(`${DemoCalendar.plus(deadline, 1)}T01:00:00Z`)).toISOString()
          : null,
        meeting_id: meeting,
        decision: meeting ? `${description.slice(0, 12)}…责成相关部门限期解决` : '',
        raised_by: planner,
        version: 1,
      })
      .execute();
  }
}
