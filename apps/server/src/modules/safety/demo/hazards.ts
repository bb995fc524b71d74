import type { TodoTable } from '../../../platform/db/database.js';
import type {
  HazardEventTable,
  HazardPlanTable,
  HazardRectificationTable,
} from '../hazards/hazards.tables.js';
import type { HazardTable } from '../safety.tables.js';
import type { FailedItem } from './inspections.js';
import { daysBetween, insertRows, instantOn, type DemoWorld } from './world.js';
import { addDays } from '../../../platform/dates.js';

/** How many failed lines become 重大 hazards, and how many of those are 挂牌督办. */
const MAJORS = 8;
const SUPERVISED = 2;

/** The hazard loop as it stood today for each failed line: rows to write. */
interface Loop {
  hazards: HazardTable[];
  rectifications: HazardRectificationTable[];
  events: HazardEventTable[];
  plans: HazardPlanTable[];
  todos: TodoTable[];
}

/**
 * One hazard per failed line, through its loop up to today: most closed after a rectification and
 * re-inspection, some awaiting re-inspection or returned, about one in ten past its deadline, eight
 * 重大 with their six-part plans (two 挂牌督办). Codes follow the finding order per year.
 */
export async function seedDemoHazards(w: DemoWorld, failed: FailedItem[]): Promise<HazardTable[]> {
  const loop: Loop = { hazards: [], rectifications: [], events: [], plans: [], todos: [] };
  // Majors evenly through the year; the later ones still open.
  const majorAt = new Set(
    Array.from({ length: MAJORS }, (_, i) => Math.floor(((i + 0.5) * failed.length) / MAJORS)),
  );
  const sequence = new Map<string, number>();
  let majorsSeen = 0;
  failed.forEach((f, index) => {
    const major = majorAt.has(index) && !f.keepOpen;
    const majorRank = major ? majorsSeen++ : -1;
    const year = f.inspection.inspected_on.slice(0, 4);
    const seq = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, seq);
    buildHazard(w, loop, f, `YH${year}-${String(seq).padStart(4, '0')}`, majorRank);
  });
  await insertRows(w.ctx, 'hazards', loop.hazards);
  await insertRows(w.ctx, 'hazard_rectifications', loop.rectifications);
  await insertRows(w.ctx, 'hazard_events', loop.events);
  await insertRows(w.ctx, 'hazard_plans', loop.plans);
  await insertRows(w.ctx, 'todos', loop.todos);
  for (const [year, last] of sequence)
    await w.ctx.db
      .insertInto('hazard_sequences')
      .values({ name: 'hazard', year: Number(year), last_value: last })
      .onConflict((oc) => oc.columns(['name', 'year']).doUpdateSet({ last_value: last }))
      .execute();
  return loop.hazards;
}

type Fate = 'closed' | 'registered' | 'submitted' | 'returned';

/** Where a hazard stands today, from its age and a roll of the dice. */
function fateOf(w: DemoWorld, found: string, deadline: string, majorRank: number, keepOpen: boolean): Fate {
  const roll = w.random.next();
  if (keepOpen) return 'registered';
  if (majorRank >= 0) return majorRank < 3 ? 'closed' : majorRank === 3 ? 'submitted' : 'registered';
  if (daysBetween(found, w.today) < 2) return 'registered';
  if (deadline < w.today)
    return roll < 0.9 ? 'closed' : roll < 0.95 ? 'registered' : roll < 0.98 ? 'returned' : 'submitted';
  return roll < 0.35 ? 'closed' : roll < 0.75 ? 'registered' : 'submitted';
}

function buildHazard(w: DemoWorld, loop: Loop, f: FailedItem, code: string, majorRank: number): void {
  const { random, today } = w;
  const found = f.inspection.inspected_on;
  const major = majorRank >= 0;
  const deadline = addDays(
    found,
    major ? random.int(60, 90) : f.keepOpen ? random.int(20, 30) : random.int(7, 30),
  );
  const fate = fateOf(w, found, deadline, majorRank, f.keepOpen);
  const hazardId = random.id(w.idAt);
  const item = f.item;
  item.hazard_id = hazardId;
  item.hazard_grade = major ? 'major' : 'general';
  item.hazard_deadline = deadline;
  // Closed a few days before (or after) the deadline, never later than yesterday.
  const closedOn =
    fate === 'closed'
      ? addDays(
          found,
          Math.max(
            1,
            Math.min(daysBetween(found, deadline) + random.int(-5, 4), daysBetween(found, today) - 1),
          ),
        )
      : null;
  const supervised = major && majorRank >= MAJORS - SUPERVISED;
  const hazard: HazardTable = {
    id: hazardId,
    code,
    enterprise_id: f.inspection.enterprise_id,
    sub_park_id: f.inspection.sub_park_id,
    department_id: f.inspection.department_id,
    source: 'inspection',
    inspection_id: f.inspection.id,
    inspection_item_id: item.id,
    alarm_id: null,
    location: item.hazard_location,
    category: item.hazard_category,
    grade: major ? 'major' : 'general',
    description: major
      ? `${item.hazard_description}(经判定为重大事故隐患,需局部停产整改)`
      : item.hazard_description,
    legal_basis: item.legal_basis,
    photo_file_ids: '[]',
    found_on: found,
    deadline,
    responsible_person: item.responsible_person,
    responsible_phone: null,
    status: fate,
    supervised: supervised ? 1 : 0,
    supervised_level: supervised ? (majorRank === MAJORS - 1 ? '市级挂牌督办' : '区级挂牌督办') : null,
    overdue_since: null,
    escalated_at: null,
    closed_on: closedOn,
    closed_by: closedOn ? w.safetyUserId : null,
    created_by: w.safetyUserId,
    version: 1,
    created_at: instantOn(found, 16),
    updated_at: instantOn(closedOn ?? found, 16),
  };
  loop.hazards.push(hazard);
  const event = (
    action: string,
    from: string | null,
    to: string | null,
    day: string,
    note: string | null = null,
  ) =>
    loop.events.push({
      id: random.id(w.idAt),
      hazard_id: hazardId,
      action,
      from_status: from,
      to_status: to,
      note,
      actor_user_id: action === 'rectified' ? null : w.safetyUserId,
      actor_name: action === 'rectified' ? '企业' : '安全环保局',
      at: instantOn(day, action === 'registered' ? 16 : 10),
    });
  event('registered', null, 'registered', found);
  if (major) {
    loop.plans.push(sixPartPlan(hazardId, addDays(found, 3)));
    event('plan', 'registered', 'registered', addDays(found, 3), '提交重大隐患治理方案');
  }
  if (supervised) event('supervised', 'registered', 'registered', addDays(found, 5), hazard.supervised_level);
  const rectification = (
    doneOn: string,
    outcome: 'close' | 'return' | null,
    reinspectedOn: string | null,
  ) => {
    const row: HazardRectificationTable = {
      id: random.id(w.idAt),
      hazard_id: hazardId,
      done_on: doneOn,
      measures: major
        ? '按治理方案完成设备改造和人员培训,经专家评估合格'
        : '已按要求完成整改,整改前后照片已上传',
      photo_file_ids: '[]',
      submitted_by: null,
      submitted_at: instantOn(doneOn, 11),
      outcome,
      reason: outcome === 'return' ? '整改不到位,请补充整改后照片' : null,
      evaluation: major && outcome === 'close' ? '治理效果评估合格,同意销号' : null,
      on_site_review_on: reinspectedOn,
      reinspected_on: reinspectedOn,
      reinspected_by: reinspectedOn ? w.safetyUserId : null,
    };
    loop.rectifications.push(row);
    return row;
  };
  if (fate === 'closed') {
    const done = addDays(closedOn!, -1) < found ? found : addDays(closedOn!, -1);
    rectification(done, 'close', closedOn);
    event('rectified', 'registered', 'submitted', done);
    event('closed', 'submitted', 'closed', closedOn!, '复查合格,予以销号');
    return;
  }
  const latest = addDays(today, -1) < found ? found : addDays(today, -1);
  if (fate === 'submitted') {
    const pending = rectification(latest, null, null);
    event('rectified', 'registered', 'submitted', latest);
    loop.todos.push(
      todo(w, hazard, 'hazard.reinspect', `隐患待复查: ${code}`, `hazard.reinspect:${pending.id}`, true),
    );
    return;
  }
  if (fate === 'returned') {
    const returned = rectification(addDays(found, 3), 'return', addDays(found, 5));
    event('rectified', 'registered', 'submitted', addDays(found, 3));
    event('returned', 'submitted', 'returned', addDays(found, 5), returned.reason);
    loop.todos.push(
      todo(
        w,
        hazard,
        'hazard.rectify',
        `隐患整改被退回: ${code}`,
        `hazard.rectify:${hazardId}:${returned.id}`,
      ),
    );
    return;
  }
  loop.todos.push(
    todo(w, hazard, 'hazard.rectify', `隐患待整改: ${code}`, `hazard.rectify:${hazardId}:first`),
  );
}

/** A to-do of the loop: the enterprise's to rectify, or the department's to re-inspect. */
function todo(
  w: DemoWorld,
  h: HazardTable,
  kind: string,
  title: string,
  dedupeKey: string,
  staff = false,
): TodoTable {
  return {
    id: w.random.id(w.idAt),
    kind,
    title: `${title} ${h.description.slice(0, 60)}`,
    user_id: null,
    department_id: staff ? h.department_id : null,
    enterprise_id: staff ? null : h.enterprise_id,
    sub_park_id: h.sub_park_id,
    object_type: 'hazard',
    object_id: h.id,
    due_on: staff ? null : h.deadline,
    dedupe_key: dedupeKey,
    status: 'open',
    created_at: w.ctx.clock.now().toISOString(),
    closed_at: null,
  };
}

/** 重大隐患治理方案 with its six parts (domain.md §9). */
function sixPartPlan(hazardId: string, on: string): HazardPlanTable {
  return {
    hazard_id: hazardId,
    objective: '在整改期限内彻底消除重大事故隐患,确保不发生生产安全事故',
    methods: '局部停产,对涉及设备设施进行改造更换,完善安全联锁和监测报警装置',
    funding: '企业自筹整改资金约50万元,设备材料由设备部统一采购',
    organisation: '成立由总经理任组长的隐患治理领导小组,安全部、设备部、生产部分工负责',
    timeline: '方案批准后60日内完成整改,每周向管委会报告进度',
    safety_measures: '整改期间设置警戒区域,专人监护,制定专项应急预案并组织演练',
    file_ids: '[]',
    submitted_by: null,
    submitted_at: instantOn(on, 10),
  };
}
