import type { DemoRandom } from '../../../demo/demo-random.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { addDays, shanghaiToday } from '../../../platform/dates.js';

/** What the safety demo seeding shares between its steps. */
export interface DemoWorld {
  ctx: AppContext;
  random: DemoRandom;
  /** The moment ids are dated from (the demo's fixed instant). */
  idAt: Date;
  today: string;
  /** The first day of the demo year: 364 days before today. */
  start: string;
  safetyUserId: string | null;
  safetyDepartmentId: string | null;
  enterprises: { id: string; name: string; sub_park_id: string | null; department_id: string | null }[];
  /** The enterprise of demo account qiye1, which gets open hazards to rectify. */
  qiyeEnterpriseId: string | null;
  checklists: { id: string; title: string; topic: string | null; items: ChecklistItem[] }[];
}

export interface ChecklistItem {
  id: string;
  seq: number;
  content: string;
  legal_basis: string;
  hazard_category: string;
}

/** Days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The UTC instant of an hour of a Shanghai day, as stored in timestamp columns. */
export function instantOn(day: string, hour: number): string {
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`).toISOString();
}

/** Inserts rows in chunks, so neither database meets its limit of bound parameters. */
export async function insertRows<T extends keyof Database & string>(
  ctx: AppContext,
  table: T,
  rows: Database[T][],
  chunk = 100,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk)
    // `never`: Kysely cannot type the values of a table chosen by a type parameter.
    await ctx.db
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
}

/** Reads what the earlier demo seeds left: the safety officer, enterprises, checklists. */
export async function loadDemoWorld(ctx: AppContext, random: DemoRandom, idAt: Date): Promise<DemoWorld> {
  const today = shanghaiToday(ctx);
  const safety = await ctx.db
    .selectFrom('users')
    .select(['id', 'department_id'])
    .where('username', '=', 'safety')
    .executeTakeFirst();
  const qiye = await ctx.db
    .selectFrom('users')
    .select('enterprise_id')
    .where('username', '=', 'qiye1')
    .executeTakeFirst();
  const enterprises = await ctx.db
    .selectFrom('enterprises')
    .select(['id', 'name', 'sub_park_id', 'department_id'])
    .where('status', 'in', ['inProduction', 'underConstruction'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const qiyeEnterpriseId = qiye?.enterprise_id ?? null;
  if (qiyeEnterpriseId && !enterprises.some((e) => e.id === qiyeEnterpriseId)) {
    const own = await ctx.db
      .selectFrom('enterprises')
      .select(['id', 'name', 'sub_park_id', 'department_id'])
      .where('id', '=', qiyeEnterpriseId)
      .executeTakeFirst();
    if (own) enterprises.unshift(own);
  }
  const lists = await ctx.db
    .selectFrom('checklists')
    .select(['id', 'title', 'topic'])
    .where('built_in', '=', 1)
    .orderBy('id')
    .execute();
  const items = await ctx.db
    .selectFrom('checklist_items')
    .select(['id', 'checklist_id', 'seq', 'content', 'legal_basis', 'hazard_category'])
    .orderBy('checklist_id')
    .orderBy('seq')
    .execute();
  return {
    ctx,
    random,
    idAt,
    today,
    start: addDays(today, -364),
    safetyUserId: safety?.id ?? null,
    safetyDepartmentId: safety?.department_id ?? null,
    enterprises,
    qiyeEnterpriseId,
    checklists: lists.map((l) => ({ ...l, items: items.filter((i) => i.checklist_id === l.id) })),
  };
}
