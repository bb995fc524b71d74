import type { AppContext } from '../../../platform/context.js';
import { newId } from '../../../platform/ids.js';
import { raiseTodo } from '../../../platform/todos/todos.repository.js';
import { reportsAwaitingSubmission } from './reports.repository.js';

/** How many days before the deadline an enterprise is reminded. */
export const REMINDER_DAYS_BEFORE = 3;

const addDays = (day: string, days: number) =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Daily: reports of open tasks not yet submitted become to-dos — for the enterprise from three
 * days before the deadline, and once overdue for the enterprise again and for the statistics
 * staff who opened the task (to chase it). Each to-do is raised once; submission closes them.
 */
export async function raiseReportReminders(ctx: AppContext): Promise<number> {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const at = ctx.clock.now().toISOString();
  let raised = 0;
  for (const r of await reportsAwaitingSubmission(ctx.db, addDays(today, REMINDER_DAYS_BEFORE))) {
    const overdue = r.deadline < today;
    const base = {
      kind: 'report.reminder',
      department_id: null,
      enterprise_id: r.enterprise_id,
      sub_park_id: r.sub_park_id,
      object_type: 'report',
      object_id: r.id,
      due_on: r.deadline,
      status: 'open' as const,
      created_at: at,
      closed_at: null,
    };
    const stage = overdue ? 'overdue' : 'due';
    if (
      await raiseTodo(ctx.db, {
        ...base,
        id: newId(),
        title: overdue
          ? `${r.period} 月报已逾期(截止 ${r.deadline}),请尽快填报`
          : `请于 ${r.deadline} 前填报 ${r.period} 月报`,
        user_id: null,
        dedupe_key: `report-reminder:${r.id}:${stage}`,
      })
    )
      raised += 1;
    if (overdue && r.created_by) {
      if (
        await raiseTodo(ctx.db, {
          ...base,
          id: newId(),
          enterprise_id: r.enterprise_id,
          title: `${r.enterprise_name} 的 ${r.period} 月报逾期未报`,
          user_id: r.created_by,
          dedupe_key: `report-reminder:${r.id}:chase`,
        })
      )
        raised += 1;
    }
  }
  return raised;
}
