import type { DemoSeedContext } from '../../demo/demo-random.js';
import type { AppContext } from '../../platform/context.js';

// Shared pieces of the projects demo: dates counted back from today (Shanghai), ids, lookups.

const DAY = 86_400_000;

/** Dates of the demo, relative to the clock's today in Asia/Shanghai. */
export class DemoCalendar {
  readonly todayMs: number;
  constructor(ctx: AppContext) {
    const today = new Date(ctx.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    this.todayMs = Date.parse(`${today}T00:00:00Z`);
  }
  /** 'YYYY-MM-DD' of `days` before today (negative: after). */
  daysAgo(days: number): string {
    return new Date(this.todayMs - days * DAY).toISOString().slice(0, 10);
  }
  get today(): string {
    return this.daysAgo(0);
  }
  /** Days from `date` to today. */
  since(date: string): number {
    return Math.round((this.todayMs - Date.parse(`${date}T00:00:00Z`)) / DAY);
  }
  /** `date` plus `days`. */
  static plus(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  }
  /** Months 'YYYY-MM' from the month of `from` through the month of `to`. */
  static months(from: string, to: string): string[] {
    const out: string[] = [];
    let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
    const end = to.slice(0, 7);
    for (;;) {
      const period = `${y}-${String(m).padStart(2, '0')}`;
      if (period > end) return out;
      out.push(period);
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
    }
  }
}

/** What the demo's rows refer to: departments by code, sub-parks, demo users, enterprises. */
export interface DemoRefs {
  departments: Map<string, string>;
  subParkIds: string[];
  users: Map<string, string>;
  /** Enterprise ids with their sub-park, the demo accounts' own first. */
  enterprises: { id: string; name: string; subParkId: string | null }[];
}

export async function loadRefs(ctx: AppContext): Promise<DemoRefs> {
  const departments = new Map(
    (await ctx.db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]),
  );
  const subParkIds = (
    await ctx.db.selectFrom('sub_parks').select('id').where('status', '=', 'active').orderBy('code').execute()
  ).map((p) => p.id);
  const userRows = await ctx.db.selectFrom('users').select(['id', 'username', 'enterprise_id']).execute();
  const users = new Map(userRows.map((u) => [u.username, u.id]));
  const accountEnterprises = ['qiye1', 'qiye2']
    .map((name) => userRows.find((u) => u.username === name)?.enterprise_id)
    .filter((id): id is string => !!id);
  const rows = await ctx.db
    .selectFrom('enterprises')
    .select(['id', 'name', 'sub_park_id'])
    .orderBy('name')
    .limit(200)
    .execute();
  const first = (id: string) => (accountEnterprises.includes(id) ? accountEnterprises.indexOf(id) : 99);
  const enterprises = rows
    .map((r) => ({ id: r.id, name: r.name, subParkId: r.sub_park_id }))
    .sort((a, b) => first(a.id) - first(b.id));
  return { departments, subParkIds, users, enterprises };
}

/** A row's timestamps and id, all dated at the demo's fixed moment. */
export function stamp(demo: DemoSeedContext): { id: string; created_at: string; updated_at: string } {
  const at = demo.at.toISOString();
  return { id: demo.random.id(demo.at), created_at: at, updated_at: at };
}
