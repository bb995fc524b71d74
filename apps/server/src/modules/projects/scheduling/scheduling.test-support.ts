import type { KaifaquApp } from '../../../app.js';
import { newId } from '../../../platform/ids.js';
import type { ProjectTable } from '../projects.tables.js';

let serial = 0;

/** Inserts a project row directly (test setup, not under test: projects CRUD is tested elsewhere). */
export async function insertProject(app: KaifaquApp, overrides: Partial<ProjectTable> = {}): Promise<string> {
  const at = app.ctx.clock.now().toISOString();
  const id = newId();
  serial += 1;
  await app.ctx.db
    .insertInto('projects')
    .values({
      id,
      code: `SCH-${serial}-${id.slice(-6)}`,
      name: `调度测试项目${serial}`,
      kind: 'investment',
      project_type: 'new',
      works_category: null,
      investor_id: null,
      lead_id: null,
      agent_id: null,
      promotion_event_id: null,
      enterprise_id: null,
      industry_code: null,
      sub_park_id: null,
      department_id: null,
      currency: 'CNY',
      planned_investment: 100_000_000_00,
      planned_investment_cny_fen: 100_000_000_00,
      signed_amount: null,
      signed_amount_cny_fen: null,
      stage: 'construction',
      stage_since: '2026-01-01',
      termination_reason: null,
      is_key: 1,
      leader_name: '张副主任',
      owner_user_id: null,
      works_quantity_unit: null,
      works_planned_quantity_centi: null,
      description: '',
      created_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
      ...overrides,
    })
    .execute();
  return id;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Calls the API as a signed-in session. */
export const callAs = (app: KaifaquApp) => (cookie: string, method: Method, url: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

/** Open to-dos of a kind about an object. */
export function openTodos(app: KaifaquApp, kind: string, objectId: string) {
  return app.ctx.db
    .selectFrom('todos')
    .selectAll()
    .where('kind', '=', kind)
    .where('object_id', '=', objectId)
    .where('status', '=', 'open')
    .execute();
}
