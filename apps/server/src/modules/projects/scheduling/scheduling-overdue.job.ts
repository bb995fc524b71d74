import type { Job } from '../../../platform/jobs/scheduler.js';
import { auditedChange } from '../../../platform/audit/audited-change.js';
import type { AppContext } from '../../../platform/context.js';
import { newId } from '../../../platform/ids.js';
import { raiseTodo } from '../../../platform/todos/todos.repository.js';
import { SUPERVISION_TODO_KIND } from './issues.service.js';
import { MILESTONE_TODO_KIND } from './milestones.service.js';
import { markSupervised, overdueIssues, overdueMilestones } from './overview.repository.js';
import { shanghaiToday } from '../../../platform/dates.js';

/** What one run did. */
export interface SchedulingWarningsOutcome {
  milestoneTodos: number;
  supervisedIssues: number;
  supervisionTodos: number;
}

/**
 * Daily: an overdue milestone (planned date passed, no actual date) becomes a to-do for its owner,
 * else the project's owner, else the project's department; an overdue coordination issue is put
 * under supervision (督办) and becomes a "督办" to-do for its responsible department. Each to-do is
 * raised once (per planned date / deadline); finishing the milestone or solving the issue closes it.
 */
export async function raiseSchedulingWarnings(ctx: AppContext): Promise<SchedulingWarningsOutcome> {
  const today = shanghaiToday(ctx);
  const at = ctx.clock.now().toISOString();
  const outcome: SchedulingWarningsOutcome = { milestoneTodos: 0, supervisedIssues: 0, supervisionTodos: 0 };

  for (const m of await overdueMilestones(ctx.db, today)) {
    const userId = m.owner_user_id ?? m.project_owner_user_id;
    const departmentId = userId ? null : m.department_id;
    if (!userId && !departmentId) continue; // nobody to tell: the overview still shows it overdue
    const raised = await raiseTodo(ctx.db, {
      id: newId(),
      kind: MILESTONE_TODO_KIND,
      title: `节点逾期:${m.project_name}「${m.name}」计划 ${m.planned_on} 完成`,
      user_id: userId,
      department_id: departmentId,
      enterprise_id: m.enterprise_id,
      sub_park_id: m.sub_park_id,
      object_type: 'projectMilestone',
      object_id: m.id,
      due_on: m.planned_on,
      dedupe_key: `milestone-overdue:${m.id}:${m.planned_on}`,
      status: 'open',
      created_at: at,
      closed_at: null,
    });
    if (raised) outcome.milestoneTodos += 1;
  }

  for (const issue of await overdueIssues(ctx.db, today)) {
    if (!issue.supervised) {
      const marked = await auditedChange(
        ctx,
        { auth: null, ip: '' },
        'coordinationIssue.supervise',
        'coordinationIssue',
        async (trx) => {
          const changed = await markSupervised(trx, issue.id, at);
          return {
            objectId: issue.id,
            before: { supervised: 0 },
            after: { supervised: 1, supervised_at: at },
            detail: `逾期督办(期限 ${issue.deadline})`,
            value: changed,
          };
        },
      );
      if (marked) outcome.supervisedIssues += 1;
    }
    const raised = await raiseTodo(ctx.db, {
      id: newId(),
      kind: SUPERVISION_TODO_KIND,
      title: `督办:${issue.project_name} — ${issue.description.slice(0, 80)}(期限 ${issue.deadline})`,
      user_id: null,
      department_id: issue.responsible_department_id,
      enterprise_id: issue.enterprise_id,
      sub_park_id: issue.sub_park_id,
      object_type: 'coordinationIssue',
      object_id: issue.id,
      due_on: issue.deadline,
      dedupe_key: `issue-supervision:${issue.id}:${issue.deadline}`,
      status: 'open',
      created_at: at,
      closed_at: null,
    });
    if (raised) outcome.supervisionTodos += 1;
  }
  return outcome;
}

/** The daily run of the overdue warnings (01:30 Asia/Shanghai). */
export const schedulingOverdueJob: Job = {
  name: 'projects.scheduling-overdue',
  cron: '30 1 * * *',
  run: async (ctx) => {
    await raiseSchedulingWarnings(ctx);
  },
};
