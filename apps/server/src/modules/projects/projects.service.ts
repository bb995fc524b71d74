import {
  ProjectErrorCode,
  projectStages,
  type Project,
  type ProjectCreateBody,
  type ProjectDetail,
  type ProjectListQuery,
  type ProjectUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import type { Database } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { agreementsWithCompliance, warningCounts } from './agreements.service.js';
import * as agreementsRepo from './agreements.repository.js';
import { stageIndex } from './compliance.js';
import { shanghaiToday } from '../../platform/dates.js';
import { rateE4, toCnyFen } from './money.js';
import { fundsView, projectView, stageEventView } from './project-view.js';
import { projectInScope, projectWithinScope } from './project-scope.js';
import * as repo from './projects.repository.js';
import type { ProjectTable } from './projects.tables.js';

type ProjectPage = { items: Project[]; total: number };

/** A page of projects with their warning counts. */
export async function listProjects(
  ctx: AppContext,
  scope: DataScope,
  q: ProjectListQuery,
): Promise<ProjectPage> {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { rows, total } = await repo.listProjects(
    ctx.db,
    scope,
    {
      ...q,
      minInvestmentCnyFen: q.minInvestmentWan === undefined ? undefined : q.minInvestmentWan * 1_000_000,
    },
    { offset: (page - 1) * pageSize, limit: pageSize },
  );
  const counts = await warningCounts(ctx, rows);
  return { items: rows.map((r) => projectView(r, counts.get(r.id) ?? 0)), total };
}

/** A project with its stage history, agreements (with 履约) and funds in place. */
export async function getProject(ctx: AppContext, scope: DataScope, id: string): Promise<ProjectDetail> {
  const row = await projectInScope(ctx.db, scope, id);
  const events = await repo.stageEventsOf(ctx.db, [id]);
  const names = await repo.userNames(ctx.db, [
    ...new Set(events.map((e) => e.recorded_by).filter((v): v is string => !!v)),
  ]);
  const agreements = await agreementsWithCompliance(ctx, row, events);
  const funds = (await agreementsRepo.fundsOf(ctx.db, id)).map(fundsView);
  const warnings = agreements.reduce((n, a) => n + a.compliance.warnings.length, 0);
  return {
    ...projectView(row, warnings),
    description: row.description,
    terminationReason: row.termination_reason,
    worksQuantityUnit: row.works_quantity_unit,
    worksPlannedQuantityCenti:
      row.works_planned_quantity_centi === null ? null : Number(row.works_planned_quantity_centi),
    stageHistory: events.map((e) => stageEventView(e, names)),
    agreements,
    funds,
    fundsTotalCnyFen: funds.reduce((n, f) => n + f.amountCnyFen, 0),
  };
}

type Fields = ProjectCreateBody | ProjectUpdateBody;

/** Checks the rules a create and an edit share; returns the CNY equivalents. */
async function checkFields(
  trx: Transaction<Database>,
  kind: ProjectTable['kind'],
  body: Fields,
  signedAmount: number | null,
): Promise<{ plannedCny: number; signedCny: number | null }> {
  if ((kind === 'government') !== (body.worksCategory !== null))
    throw badRequest('政府工程项目须选择工程类别，招商项目不选', ProjectErrorCode.worksCategoryMismatch);
  const refs: [Parameters<typeof repo.exists>[1], string | null | undefined, string][] = [
    ['investors', body.investorId, '客商'],
    ['investment_agents', body.agentId, '招商代理'],
    ['investment_activities', body.promotionEventId, '推介会'],
    ['sub_parks', body.subParkId, '园区'],
    ['departments', body.departmentId, '部门'],
    ['users', body.ownerUserId, '责任人'],
  ];
  for (const [table, id, label] of refs)
    if (id && !(await repo.exists(trx, table, id)))
      throw badRequest(`${label}不存在`, ProjectErrorCode.referenceUnknown);
  const rate = body.currency === 'USD' && body.exchangeRate !== undefined ? rateE4(body.exchangeRate) : null;
  return {
    plannedCny: toCnyFen(body.plannedInvestment, body.currency, rate),
    signedCny: signedAmount === null ? null : toCnyFen(signedAmount, body.currency, rate),
  };
}

/** The columns a create and an edit both set. */
function fieldColumns(body: Fields) {
  return {
    name: body.name,
    project_type: body.projectType,
    works_category: body.worksCategory,
    investor_id: body.investorId,
    agent_id: body.agentId ?? null,
    promotion_event_id: body.promotionEventId ?? null,
    industry_code: body.industryCode,
    sub_park_id: body.subParkId,
    department_id: body.departmentId,
    currency: body.currency,
    planned_investment: body.plannedInvestment,
    is_key: body.isKey ? 1 : 0,
    leader_name: body.leaderName,
    owner_user_id: body.ownerUserId,
    works_quantity_unit: body.worksQuantityUnit ?? null,
    works_planned_quantity_centi: body.worksPlannedQuantityCenti ?? null,
    description: body.description,
  };
}

/**
 * Registers a project with its first stage event. Investment projects enter the pipeline at
 * 线索 or 在谈; government works are created once approved (立项), at 签约 or later.
 */
export async function createProject(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  body: ProjectCreateBody,
): Promise<ProjectDetail> {
  const id = await auditedChange(ctx, caller, 'project.create', 'project', async (trx) => {
    const index = stageIndex(body.stage);
    const allowed = body.kind === 'investment' ? index === 0 || index === 1 : index >= stageIndex('signed');
    if (!allowed)
      throw badRequest(
        body.kind === 'investment'
          ? '招商项目须从线索或在谈阶段开始'
          : '政府工程项目须从立项（签约）及以后阶段开始',
        ProjectErrorCode.initialStage,
      );
    const today = shanghaiToday(ctx);
    if (body.enteredOn > today) throw badRequest('阶段日期不能晚于今天', ProjectErrorCode.dateInFuture);
    const signedAmount = body.signedAmount ?? null;
    const { plannedCny, signedCny } = await checkFields(trx, body.kind, body, signedAmount);
    const at = ctx.clock.now().toISOString();
    if (body.leadId) {
      const status = await repo.leadStatus(trx, body.leadId);
      if (status === undefined) throw badRequest('线索不存在', ProjectErrorCode.referenceUnknown);
      if (status !== 'open') throw conflict('该线索已转化或已放弃', ProjectErrorCode.leadNotOpen);
      await repo.convertLead(trx, body.leadId, at);
    }
    const prefix = `XM${today.slice(0, 4)}-`;
    const code = `${prefix}${String((await repo.lastCodeNumber(trx, prefix)) + 1).padStart(4, '0')}`;
    const row: ProjectTable = {
      id: newId(),
      code,
      kind: body.kind,
      ...fieldColumns(body),
      lead_id: body.leadId ?? null,
      enterprise_id: null,
      planned_investment_cny_fen: plannedCny,
      signed_amount: signedAmount,
      signed_amount_cny_fen: signedCny,
      stage: body.stage,
      stage_since: body.enteredOn,
      termination_reason: null,
      created_by: caller.auth?.userId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    if (!projectWithinScope(scope, row)) throw badRequest('只能登记本人数据范围内的项目');
    await repo.insertProject(trx, row);
    await repo.insertStageEvent(trx, {
      id: newId(),
      project_id: row.id,
      from_stage: null,
      stage: body.stage,
      entered_on: body.enteredOn,
      note: '登记',
      recorded_by: caller.auth?.userId ?? null,
      recorded_at: at,
    });
    return { objectId: row.id, before: null, after: row, value: row.id };
  });
  return getProject(ctx, scope, id);
}

/** Edits a project's facts; its stage moves only through transitions. */
export async function updateProject(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: ProjectUpdateBody,
): Promise<ProjectDetail> {
  await auditedChange(ctx, caller, 'project.update', 'project', async (trx) => {
    const before = await projectInScope(trx, scope, id);
    const signedAmount = body.signedAmount === undefined ? before.signed_amount : body.signedAmount;
    if (
      before.kind === 'investment' &&
      signedAmount === null &&
      stageIndex(before.stage) >= stageIndex(projectStages[2])
    )
      throw badRequest('已签约项目须有签约金额', ProjectErrorCode.signedAmountRequired);
    const { plannedCny, signedCny } = await checkFields(trx, before.kind, body, signedAmount);
    const values = {
      ...fieldColumns(body),
      planned_investment_cny_fen: plannedCny,
      signed_amount: signedAmount,
      signed_amount_cny_fen: signedCny,
      updated_at: ctx.clock.now().toISOString(),
    };
    if (!projectWithinScope(scope, values)) throw badRequest('不能把项目移出本人数据范围');
    const version = await updateVersioned(trx, 'projects', id, body.version, values);
    return { objectId: id, before, after: { ...before, ...values, version }, value: undefined };
  });
  return getProject(ctx, scope, id);
}
