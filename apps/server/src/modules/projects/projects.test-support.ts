import type { ProjectCreateBody, ProjectDetail } from '@kaifaqu/contracts';
import type { KaifaquApp } from '../../app.js';
import { newId } from '../../platform/ids.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** An HTTP call as a session; the payload is sent as JSON. */
export const callAs = (app: KaifaquApp) => (cookie: string, method: Method, url: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

/** A complete create body of an investment project at 线索; override what the test is about. */
export function projectBody(overrides: Partial<ProjectCreateBody> = {}): ProjectCreateBody {
  return {
    kind: 'investment',
    name: '新能源电池项目',
    projectType: 'newBuild',
    worksCategory: null,
    investorId: null,
    industryCode: '3841',
    subParkId: null,
    departmentId: null,
    currency: 'CNY',
    plannedInvestment: 50_000_000_000, // 5亿元 in 分
    isKey: false,
    leaderName: '王主任',
    ownerUserId: null,
    description: '',
    stage: 'lead',
    enteredOn: '2026-01-02',
    ...overrides,
  };
}

/** Creates a project over HTTP and returns it; throws on anything but 201. */
export async function createProject(
  app: KaifaquApp,
  cookie: string,
  overrides: Partial<ProjectCreateBody> = {},
): Promise<ProjectDetail> {
  const response = await callAs(app)(cookie, 'POST', '/projects', projectBody(overrides));
  if (response.statusCode !== 201) throw new Error(`create project failed: ${response.body}`);
  return response.json<ProjectDetail>();
}

/** Inserts an investor directly (test setup, not under test); returns its id. */
export async function insertInvestor(app: KaifaquApp, name: string, isForeign = false): Promise<string> {
  const at = app.ctx.clock.now().toISOString();
  const id = newId();
  await app.ctx.db
    .insertInto('investors')
    .values({
      id,
      name,
      kind: 'company',
      region: isForeign ? '新加坡' : '江苏省',
      is_foreign: isForeign ? 1 : 0,
      industry_code: null,
      contact_name: '联系人',
      contact_phone: null,
      contact_title: '',
      note: '',
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}
