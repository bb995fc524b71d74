import type { InspectionItemTable, InspectionPlanTable } from '../inspections/inspections.tables.js';
import type { InspectionTable } from '../safety.tables.js';
import { daysBetween, insertRows, instantOn, type ChecklistItem, type DemoWorld } from './world.js';
import { addDays } from '../../../platform/dates.js';

/** How many completed inspections the demo year holds. */
const INSPECTIONS = 150;
/** Chance that one checklist line fails: about 1.7 hazards per inspection, ~250 in the year. */
const FAIL_RATE = 0.215;

const INSPECTORS = ['张建国、李明', '王芳、赵强', '陈立、刘洋', '周杰、孙磊', '安全管家 吴敏、郑凯'];

/** A failed line: the hazard it registers is made by the hazard step. */
export interface FailedItem {
  inspection: InspectionTable;
  item: InspectionItemTable;
  /** Set when the line must give an open hazard (qiye1's latest inspection). */
  keepOpen: boolean;
}

interface PlanSpec {
  title: string;
  kind: InspectionPlanTable['kind'];
  frequency: string | null;
  topic: string | null;
  jointDepartments: string;
  provider: string;
  from: number;
  to: number;
  checklistTopic: string | null;
  enterprises: number;
  /** Share of the inspections inside the plan's dates that belong to it. */
  weight: number;
}

function planSpecs(year: string): PlanSpec[] {
  const routine = (title: string, frequency: string, enterprises: number, weight: number): PlanSpec => ({
    title: `${year}年度${title}`,
    kind: 'routine',
    frequency,
    topic: null,
    jointDepartments: '',
    provider: '',
    from: 0,
    to: 394,
    checklistTopic: null,
    enterprises,
    weight,
  });
  return [
    routine('重点企业日常巡查(日查)', 'daily', 6, 3),
    routine('园区安全周查', 'weekly', 15, 3),
    routine('入驻企业安全月查', 'monthly', 40, 4),
    {
      title: '有限空间作业安全专项检查',
      kind: 'special',
      frequency: null,
      topic: 'confinedSpace',
      jointDepartments: '',
      provider: '',
      from: 60,
      to: 105,
      checklistTopic: 'confinedSpace',
      enterprises: 10,
      weight: 6,
    },
    {
      title: '粉尘防爆专项整治',
      kind: 'special',
      frequency: null,
      topic: 'dustExplosion',
      jointDepartments: '',
      provider: '',
      from: 200,
      to: 245,
      checklistTopic: 'dustExplosion',
      enterprises: 10,
      weight: 6,
    },
    {
      title: '消防安全联合检查',
      kind: 'joint',
      frequency: null,
      topic: null,
      jointDepartments: '应急管理局、消防救援大队、市场监管局',
      provider: '',
      from: 120,
      to: 150,
      checklistTopic: 'fire',
      enterprises: 12,
      weight: 8,
    },
    {
      title: '安全管家第三方服务检查',
      kind: 'thirdParty',
      frequency: null,
      topic: null,
      jointDepartments: '',
      provider: '苏安安全技术咨询有限公司',
      from: 270,
      to: 330,
      checklistTopic: null,
      enterprises: 15,
      weight: 5,
    },
  ];
}

/**
 * Plans of the demo year and ~150 completed inspections. Their lines are returned, not stored: the
 * failed ones point at the hazards they register, which are written first.
 */
export async function seedDemoInspections(
  w: DemoWorld,
): Promise<{ items: InspectionItemTable[]; failed: FailedItem[] }> {
  const { ctx, random, today } = w;
  if (w.enterprises.length === 0 || w.checklists.length === 0) return { items: [], failed: [] };
  const at = ctx.clock.now().toISOString();
  const general = w.checklists.find((c) => c.topic === null) ?? w.checklists[0]!;
  const byTopic = (topic: string | null) => w.checklists.find((c) => c.topic === topic) ?? general;
  // Named after the year most of the rolling year falls in.
  const plans = planSpecs(addDays(w.start, 182).slice(0, 4)).map((spec) => {
    const startsOn = addDays(w.start, spec.from);
    const endsOn = addDays(w.start, spec.to);
    // A spread of enterprises; qiye1's enterprise is in every routine plan.
    const members = Array.from(
      { length: Math.min(spec.enterprises, w.enterprises.length) },
      () => random.pick(w.enterprises).id,
    );
    if (spec.kind === 'routine' && w.qiyeEnterpriseId) members.unshift(w.qiyeEnterpriseId);
    const row: InspectionPlanTable = {
      id: random.id(w.idAt),
      title: spec.title,
      kind: spec.kind,
      frequency: spec.frequency,
      special_topic: spec.topic,
      joint_departments: spec.jointDepartments,
      provider: spec.provider,
      starts_on: startsOn,
      ends_on: endsOn,
      checklist_id: byTopic(spec.checklistTopic).id,
      department_id: w.safetyDepartmentId,
      note: '',
      status: endsOn < today ? 'closed' : 'active',
      created_by: w.safetyUserId,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    return { spec, row, members: [...new Set(members)] };
  });
  await insertRows(
    ctx,
    'inspection_plans',
    plans.map((p) => p.row),
  );
  await insertRows(
    ctx,
    'inspection_plan_enterprises',
    plans.flatMap((p) => p.members.map((enterprise_id) => ({ plan_id: p.row.id, enterprise_id }))),
  );

  const inspections: InspectionTable[] = [];
  const items: InspectionItemTable[] = [];
  const failed: FailedItem[] = [];
  const span = daysBetween(w.start, today);
  for (let k = 0; k < INSPECTIONS; k++) {
    const day = addDays(w.start, Math.min(span, Math.floor((k * span) / INSPECTIONS) + random.int(0, 2)));
    const open = plans.filter((p) => p.row.starts_on <= day && p.row.ends_on >= day);
    const plan = weightedPick(w, open);
    // qiye1's enterprise is inspected every couple of months, the last time within the fortnight.
    const qiyeVisit = w.qiyeEnterpriseId !== null && (k % 25 === 12 || k === INSPECTIONS - 3);
    const enterpriseId = qiyeVisit ? w.qiyeEnterpriseId! : random.pick(plan.members);
    const enterprise = w.enterprises.find((e) => e.id === enterpriseId)!;
    const inspection: InspectionTable = {
      id: random.id(w.idAt),
      plan_id: plan.row.id,
      checklist_id: plan.row.checklist_id,
      kind: plan.row.kind,
      enterprise_id: enterprise.id,
      sub_park_id: enterprise.sub_park_id,
      department_id: w.safetyDepartmentId,
      inspected_on: day,
      inspectors: plan.row.kind === 'thirdParty' ? INSPECTORS[4]! : random.pick(INSPECTORS.slice(0, 4)),
      status: 'completed',
      summary: '',
      created_by: w.safetyUserId,
      version: 1,
      created_at: instantOn(day, 9),
      updated_at: instantOn(day, 17),
    };
    const lines = (w.checklists.find((c) => c.id === plan.row.checklist_id) ?? general).items;
    const keepOpen = qiyeVisit && k === INSPECTIONS - 3;
    let fails = 0;
    lines.forEach((line, i) => {
      const forced = keepOpen && i < 2;
      const result =
        forced || random.next() < FAIL_RATE ? 'fail' : random.next() < 0.05 ? 'notApplicable' : 'pass';
      const item = itemRow(w, inspection, line, result);
      items.push(item);
      if (result === 'fail') {
        fails++;
        failed.push({ inspection, item, keepOpen });
      }
    });
    inspection.summary =
      fails > 0
        ? `检查${lines.length}项,发现隐患${fails}处,已当场告知企业限期整改`
        : `检查${lines.length}项,未发现隐患`;
    inspections.push(inspection);
  }
  await insertRows(ctx, 'inspections', inspections);
  return { items, failed };
}

function weightedPick<T extends { spec: PlanSpec }>(w: DemoWorld, plans: T[]): T {
  const total = plans.reduce((sum, p) => sum + p.spec.weight, 0);
  let roll = w.random.next() * total;
  for (const plan of plans) {
    roll -= plan.spec.weight;
    if (roll < 0) return plan;
  }
  return plans[plans.length - 1]!;
}

function itemRow(
  w: DemoWorld,
  inspection: InspectionTable,
  line: ChecklistItem,
  result: 'pass' | 'fail' | 'notApplicable',
): InspectionItemTable {
  const fail = result === 'fail';
  return {
    id: w.random.id(w.idAt),
    inspection_id: inspection.id,
    checklist_item_id: line.id,
    seq: line.seq,
    content: line.content,
    legal_basis: line.legal_basis,
    result,
    note: fail ? '现场检查发现不符合要求' : '',
    photo_file_ids: '[]',
    hazard_grade: 'general',
    hazard_category: line.hazard_category,
    hazard_location: fail
      ? w.random.pick(['生产车间', '仓库', '配电房', '厂区通道', '危化品库', '除尘间'])
      : '',
    hazard_description: fail ? `未落实:${line.content}` : '',
    hazard_deadline: null,
    responsible_person: fail ? w.random.pick(['王经理', '李主任', '赵厂长', '陈主管']) : '',
    responsible_phone: null,
    hazard_id: null,
    version: 1,
    created_at: inspection.created_at,
    updated_at: inspection.updated_at,
  };
}
