import type { AppContext } from '../../../platform/context.js';
import { newId } from '../../../platform/ids.js';
import { raiseTodo } from '../../../platform/todos/todos.repository.js';
import { daysBetween } from '../environment-values.js';
import { addDays, shanghaiToday } from '../../../platform/dates.js';
import { closeReminderStage, permitsEndingBetween } from './permits.repository.js';
import { PERMIT_EXPIRY_TODO } from './permits.service.js';

/** Reminders go out this many days before a permit ends (延续 is due 30 days before at the latest). */
export const PERMIT_NOTICE_DAYS = [90, 30] as const;

/**
 * Daily: an active permit ending within 90 days raises a to-do for its enterprise and for the
 * department that registered it; within 30 days, a second, more urgent pair. Each to-do is raised
 * once per permit, end date, stage and addressee; the 30-day pair closes the 90-day one. Runs as
 * the system: it reads every permit.
 */
export async function raisePermitExpiryTodos(ctx: AppContext): Promise<number> {
  const today = shanghaiToday(ctx);
  const at = ctx.clock.now().toISOString();
  let raised = 0;
  for (const permit of await permitsEndingBetween(ctx.db, today, addDays(today, PERMIT_NOTICE_DAYS[0]))) {
    const left = daysBetween(today, permit.valid_to);
    const stage = left <= PERMIT_NOTICE_DAYS[1] ? PERMIT_NOTICE_DAYS[1] : PERMIT_NOTICE_DAYS[0];
    const title = `${permit.enterprise_name}的排污许可(${permit.permit_no})将于 ${permit.valid_to} 到期,请及时申请延续`;
    const addressees = [
      { key: `enterprise:${permit.enterprise_id}`, department_id: null },
      ...(permit.department_id
        ? [{ key: `department:${permit.department_id}`, department_id: permit.department_id }]
        : []),
    ];
    for (const addressee of addressees) {
      const fresh = await raiseTodo(ctx.db, {
        id: newId(),
        kind: PERMIT_EXPIRY_TODO,
        title,
        user_id: null,
        department_id: addressee.department_id,
        enterprise_id: permit.enterprise_id,
        sub_park_id: permit.sub_park_id,
        object_type: 'dischargePermit',
        object_id: permit.id,
        due_on: permit.valid_to,
        dedupe_key: `permit-expiring:${permit.id}:${permit.valid_to}:${stage}:${addressee.key}`,
        status: 'open',
        created_at: at,
        closed_at: null,
      });
      if (fresh) raised += 1;
    }
    if (stage === PERMIT_NOTICE_DAYS[1])
      await closeReminderStage(
        ctx.db,
        `permit-expiring:${permit.id}:${permit.valid_to}:${PERMIT_NOTICE_DAYS[0]}:`,
        at,
      );
  }
  return raised;
}
