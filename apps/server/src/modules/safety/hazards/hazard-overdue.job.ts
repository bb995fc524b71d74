import type { Caller } from '../../../platform/audit/audited-change.js';
import type { AppContext } from '../../../platform/context.js';
import { newId } from '../../../platform/ids.js';
import type { Job } from '../../../platform/jobs/scheduler.js';
import { raiseTodo } from '../../../platform/todos/todos.repository.js';
import * as repo from './hazards.repository.js';
import { recordEvent } from './hazards.service.js';
import { shanghaiToday } from '../../../platform/dates.js';

const SYSTEM: Caller = { auth: null, ip: '127.0.0.1' };

/** What one run did (tests check a second run adds nothing). */
export interface OverdueRun {
  overdue: number;
  enterpriseTodos: number;
  escalations: number;
}

/**
 * Daily: every open hazard past its deadline is marked overdue (overdue_since, first time), the
 * enterprise gets a to-do (逾期未整改) and the head of the hazard's department — or the department as
 * a whole when it has no head — gets an escalation to-do. Both are deduplicated per hazard and
 * deadline, so a second run adds nothing and a missed extended deadline escalates again.
 */
export async function markOverdueHazards(ctx: AppContext): Promise<OverdueRun> {
  const today = shanghaiToday(ctx);
  const run: OverdueRun = { overdue: 0, enterpriseTodos: 0, escalations: 0 };
  for (const h of await repo.overdueHazards(ctx.db, today)) {
    run.overdue += 1;
    await ctx.db.transaction().execute(async (trx) => {
      const at = ctx.clock.now().toISOString();
      if (!h.overdue_since) {
        await repo.markOverdue(trx, h.id, { overdue_since: today });
        await recordEvent(trx, ctx, SYSTEM, h.id, {
          action: 'overdue',
          from: h.status,
          to: h.status,
          note: `整改期限 ${h.deadline} 已过`,
        });
      }
      const base = {
        object_type: 'hazard',
        object_id: h.id,
        due_on: h.deadline,
        sub_park_id: h.sub_park_id,
        status: 'open' as const,
        created_at: at,
        closed_at: null,
      };
      const toEnterprise = await raiseTodo(trx, {
        ...base,
        id: newId(),
        kind: 'hazard.overdue',
        title: `隐患逾期未整改: ${h.code} ${h.description.slice(0, 60)}`,
        user_id: null,
        department_id: null,
        enterprise_id: h.enterprise_id,
        dedupe_key: `hazard.overdue:${h.id}:${h.deadline}`,
      });
      if (toEnterprise) run.enterpriseTodos += 1;
      if (!h.head_user_id && !h.department_id) return; // nobody to escalate to
      const escalated = await raiseTodo(trx, {
        ...base,
        id: newId(),
        kind: 'hazard.escalated',
        title: `隐患逾期升级督办: ${h.enterprise_name} ${h.code}(期限 ${h.deadline})`,
        user_id: h.head_user_id ?? null,
        department_id: h.head_user_id ? null : h.department_id,
        enterprise_id: null,
        dedupe_key: `hazard.escalated:${h.id}:${h.deadline}`,
      });
      if (!escalated) return;
      run.escalations += 1;
      if (!h.escalated_at) await repo.markOverdue(trx, h.id, { escalated_at: at });
      await recordEvent(trx, ctx, SYSTEM, h.id, {
        action: 'escalated',
        from: h.status,
        to: h.status,
        note: h.head_user_id ? '已升级至部门负责人' : '已升级至责任部门',
      });
    });
  }
  return run;
}

/** The scheduled job (01:30 Asia/Shanghai). */
export const hazardOverdueJob: Job = {
  name: 'safety.hazard-overdue',
  cron: '30 1 * * *',
  run: async (ctx) => {
    await markOverdueHazards(ctx);
  },
};
