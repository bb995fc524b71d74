import type { SchedulingOverviewRow } from '@kaifaqu/contracts';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { keyProjectOverview } from './overview.repository.js';
import { progressPercent } from './scheduling.views.js';
import { shanghaiToday } from '../../../platform/dates.js';

const num = (v: unknown) => Number(v ?? 0);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Key projects (重点项目) in scope with overdue milestones and open/overdue issues (项目调度). */
export async function schedulingOverview(
  ctx: AppContext,
  scope: DataScope,
): Promise<SchedulingOverviewRow[]> {
  const rows = await keyProjectOverview(ctx.db, scope, shanghaiToday(ctx));
  return rows.map((r) => ({
    projectId: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    stage: r.stage,
    worksCategory: r.works_category,
    plannedInvestmentFen: num(r.planned_investment_cny_fen),
    investmentCumulativeFen: numOrNull(r.investment_cumulative_fen),
    latestPeriod: (r.latest_period as string | null) ?? null,
    progressPercent: progressPercent(
      numOrNull(r.quantity_done_centi),
      numOrNull(r.works_planned_quantity_centi),
    ),
    milestoneCount: num(r.milestone_count),
    overdueMilestoneCount: num(r.overdue_milestone_count),
    openIssueCount: num(r.open_issue_count),
    overdueIssueCount: num(r.overdue_issue_count),
    supervisedIssueCount: num(r.supervised_issue_count),
  }));
}
