import { complianceWarnings, type ComplianceWarning } from '@kaifaqu/contracts';
import type { AppContext } from '../../platform/context.js';
import type { Job } from '../../platform/jobs/scheduler.js';
import { newId } from '../../platform/ids.js';
import { closeTodosOf, raiseTodo } from '../../platform/todos/todos.repository.js';
import { agreementsOf } from './agreements.repository.js';
import { agreementWarnings, highestReached } from './compliance.js';
import { shanghaiToday } from '../../platform/dates.js';
import { allProjectIds, projectsWithAgreements, stageEventsOf } from './projects.repository.js';

const TEXT: Record<ComplianceWarning, string> = {
  startOverdue: '未按协议约定时间开工',
  completionOverdue: '未按协议约定时间竣工投产',
  productionOverdue: '未按协议约定时间达产',
};

/** The to-do kind of a warning; its object is the project. */
export const todoKind = (warning: ComplianceWarning) => `project.${warning}`;

/**
 * Daily 履约 check: each missed agreement deadline becomes a to-do for the project's owner (or,
 * without one, its department), raised once per agreement, warning and deadline. To-dos of
 * warnings that no longer hold (the project started, or was terminated) are closed.
 * Runs as the system: it reads every project.
 */
export async function raiseAgreementComplianceTodos(ctx: AppContext): Promise<number> {
  const today = shanghaiToday(ctx);
  const at = ctx.clock.now().toISOString();
  const projects = await projectsWithAgreements(ctx.db);
  const ids = projects.map((p) => p.id);
  const agreements = await agreementsOf(ctx.db, ids);
  const reached = highestReached(await stageEventsOf(ctx.db, ids));
  const warned = new Map<ComplianceWarning, Set<string>>(complianceWarnings.map((w) => [w, new Set()]));
  let raised = 0;
  for (const p of projects) {
    for (const a of agreements.filter((x) => x.project_id === p.id)) {
      for (const { warning, deadline } of agreementWarnings(a, p.stage, reached.get(p.id) ?? -1, today)) {
        warned.get(warning)!.add(p.id);
        if (!p.owner_user_id && !p.department_id) continue; // nobody to tell yet
        const fresh = await raiseTodo(ctx.db, {
          id: newId(),
          kind: todoKind(warning),
          title: `项目“${p.name}”${TEXT[warning]}（约定 ${deadline}）`,
          user_id: p.owner_user_id,
          department_id: p.owner_user_id ? null : p.department_id,
          enterprise_id: null,
          sub_park_id: p.sub_park_id,
          object_type: 'project',
          object_id: p.id,
          due_on: deadline,
          dedupe_key: `project-agreement:${a.id}:${warning}:${deadline}`,
          status: 'open',
          created_at: at,
          closed_at: null,
        });
        if (fresh) raised += 1;
      }
    }
  }
  // Close what no longer holds, among every project (terminated ones included).
  const all = await allProjectIds(ctx.db);
  for (const warning of complianceWarnings) {
    const stale = all.filter((id) => !warned.get(warning)!.has(id));
    await closeTodosOf(ctx.db, todoKind(warning), stale, at);
  }
  return raised;
}

/** Daily at 01:45 (Asia/Shanghai). */
export const agreementComplianceJob: Job = {
  name: 'projects.agreement-compliance',
  cron: '45 1 * * *',
  run: async (ctx) => {
    await raiseAgreementComplianceTodos(ctx);
  },
};
