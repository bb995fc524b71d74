import type { AppContext } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { raiseTodo } from '../../platform/todos/todos.repository.js';
import { expiringQualifications } from './enterprises.repository.js';
import { today } from './enterprise-profile.js';

/** How far ahead an expiring qualification becomes a to-do. */
export const EXPIRY_NOTICE_DAYS = 60;

const KIND_NAMES: Record<string, string> = {
  highTech: '高新技术企业',
  techSme: '科技型中小企业',
  innovativeSme: '创新型中小企业',
  specialisedSme: '专精特新中小企业',
  littleGiant: '专精特新"小巨人"',
  listed: '上市',
};

/**
 * Daily: qualifications ending within 60 days become to-dos for the enterprise's owning
 * department (its liaison's department). Raising is idempotent per qualification, department
 * and expiry date. Runs as the system: it reads every enterprise.
 */
export async function raiseQualificationExpiryTodos(ctx: AppContext): Promise<number> {
  const from = today(ctx);
  const until = new Date(new Date(`${from}T00:00:00Z`).getTime() + EXPIRY_NOTICE_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  let raised = 0;
  for (const q of await expiringQualifications(ctx.db, from, until)) {
    if (!q.department_id) continue; // no owning department yet: raised once a liaison is assigned
    const fresh = await raiseTodo(ctx.db, {
      id: newId(),
      kind: 'enterprise.qualification-expiring',
      title: `${q.enterprise_name}的${KIND_NAMES[q.kind] ?? q.kind}资质将于 ${q.valid_to} 到期`,
      user_id: null,
      department_id: q.department_id,
      enterprise_id: q.enterprise_id,
      sub_park_id: q.sub_park_id,
      object_type: 'qualification',
      object_id: q.id,
      due_on: q.valid_to,
      dedupe_key: `qualification-expiring:${q.id}:${q.valid_to}:${q.department_id}`,
      status: 'open',
      created_at: ctx.clock.now().toISOString(),
      closed_at: null,
    });
    if (fresh) raised += 1;
  }
  return raised;
}
