import type { KaifaquApp } from '../app.js';
import { hashPassword } from '../platform/auth/password.js';
import { currentTotp } from '../platform/auth/totp.js';
import { newId } from '../platform/ids.js';

/** The password test accounts are created with. */
export const TEST_PASSWORD = 'Kfq-Test#2026';

let cachedHash: Promise<string> | undefined;

/** What a test account looks like. */
export interface TestUserInput {
  username: string;
  roleCodes: string[];
  scope?:
    | { kind: 'zone' }
    | { kind: 'subParks'; subParkIds: string[] }
    | { kind: 'department' }
    | { kind: 'enterprise'; enterpriseId: string };
  departmentId?: string | null;
  mustChangePassword?: boolean;
  totpSecret?: string | null;
  status?: 'active' | 'disabled';
}

/** Inserts an account directly (test setup, not under test) and returns its id. */
export async function createUser(app: KaifaquApp, input: TestUserInput): Promise<string> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const at = app.ctx.clock.now().toISOString();
  const id = newId();
  const scope = input.scope ?? { kind: 'zone' };
  await app.ctx.db
    .insertInto('users')
    .values({
      id,
      username: input.username,
      display_name: input.username,
      department_id: input.departmentId ?? null,
      phone: '13812345678',
      password_hash: await cachedHash,
      password_changed_at: at,
      must_change_password: input.mustChangePassword ? 1 : 0,
      status: input.status ?? 'active',
      scope_kind: scope.kind,
      scope_sub_park_ids: JSON.stringify(scope.kind === 'subParks' ? scope.subParkIds : []),
      enterprise_id: scope.kind === 'enterprise' ? scope.enterpriseId : null,
      totp_secret: input.totpSecret ?? null,
      totp_pending_secret: null,
      last_login_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const roles = await app.ctx.db
    .selectFrom('roles')
    .select(['id', 'code'])
    .where('code', 'in', input.roleCodes)
    .execute();
  if (roles.length !== input.roleCodes.length)
    throw new Error(`unknown role in ${input.roleCodes.join(',')}`);
  for (const role of roles)
    await app.ctx.db.insertInto('user_roles').values({ user_id: id, role_id: role.id }).execute();
  return id;
}

/** Signs in over HTTP and returns the Cookie header to send with later requests. */
export async function loginAs(
  app: KaifaquApp,
  username: string,
  password = TEST_PASSWORD,
  totpSecret?: string,
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: {
      username,
      password,
      ...(totpSecret ? { totpCode: currentTotp(totpSecret, app.ctx.clock.now()) } : {}),
    },
  });
  if (response.statusCode !== 200)
    throw new Error(`login as ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'kfq_session');
  if (!cookie) throw new Error('login set no session cookie');
  return `kfq_session=${cookie.value}`;
}

/** Creates an account with the given roles and signs it in. */
export async function userSession(
  app: KaifaquApp,
  input: TestUserInput,
): Promise<{ id: string; cookie: string }> {
  const id = await createUser(app, input);
  return { id, cookie: await loginAs(app, input.username) };
}
