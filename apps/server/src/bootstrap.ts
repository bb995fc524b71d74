import { hashPassword, randomPassword } from './platform/auth/password.js';
import type { AppContext } from './platform/context.js';
import { newId } from './platform/ids.js';
import { ensureAccountDefaults } from './modules/accounts/index.js';
import { organisationRepository } from './modules/organisation/index.js';

/** A first administrator's one-time credentials, printed once on first start. */
export interface FirstAdministrator {
  username: string;
  displayName: string;
  password: string;
}

// The three separated duties need one account each from the start: only a security
// administrator may grant roles, so a lone system administrator could never create one.
const FIRST_ADMINISTRATORS = [
  { username: 'sysadmin', displayName: '系统管理员', role: 'sysadmin' },
  { username: 'secadmin', displayName: '安全管理员', role: 'secadmin' },
  { username: 'auditadmin', displayName: '审计管理员', role: 'auditadmin' },
];

/**
 * Prepares a database for use: built-in roles and the policy always; on an empty database also
 * the zone and the three administrators (system, security, audit), each with a random password
 * to be changed at first login (security.md 2: no default credentials).
 */
export async function bootstrap(ctx: AppContext): Promise<FirstAdministrator[]> {
  const now = ctx.clock.now();
  await ensureAccountDefaults(ctx.db, now);
  if (await organisationRepository.findZone(ctx.db)) return [];
  const at = now.toISOString();
  const admins = await Promise.all(
    FIRST_ADMINISTRATORS.map(async (a) => {
      const password = randomPassword(20);
      return { ...a, password, hash: await hashPassword(password) };
    }),
  );
  await ctx.db.transaction().execute(async (trx) => {
    await organisationRepository.insertZone(trx, {
      id: newId(),
      name: ctx.config.initialZoneName,
      division_code: ctx.config.initialZoneDivisionCode,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    for (const admin of admins) {
      const userId = newId();
      await trx
        .insertInto('users')
        .values({
          id: userId,
          username: admin.username,
          display_name: admin.displayName,
          department_id: null,
          phone: null,
          password_hash: admin.hash,
          password_changed_at: at,
          must_change_password: 1,
          status: 'active',
          scope_kind: 'zone',
          scope_sub_park_ids: '[]',
          enterprise_id: null,
          totp_secret: null,
          totp_pending_secret: null,
          last_login_at: null,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const role = await trx
        .selectFrom('roles')
        .select('id')
        .where('code', '=', admin.role)
        .executeTakeFirstOrThrow();
      await trx.insertInto('user_roles').values({ user_id: userId, role_id: role.id }).execute();
    }
  });
  return admins.map(({ username, displayName, password }) => ({ username, displayName, password }));
}
