import type { AppContext } from '../../platform/context.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { DemoSeedContext } from '../../demo/demo-random.js';
import { organisationRepository } from '../organisation/index.js';

/** The password of every demo account. Demo data only: never use it anywhere else. */
export const DEMO_PASSWORD = 'Kfq#Demo2026';

/** One demo account per built-in role (enterprise accounts come with the enterprise registry). */
export const demoAccounts = [
  { username: 'leader', displayName: '王主任', role: 'leader', department: 'LEAD', scope: 'zone' },
  { username: 'office', displayName: '李秘书', role: 'office', department: 'OFFICE', scope: 'zone' },
  { username: 'investment', displayName: '张招商', role: 'investment', department: 'INVEST', scope: 'zone' },
  { username: 'economic', displayName: '刘统计', role: 'economic', department: 'ECON', scope: 'zone' },
  { username: 'planning', displayName: '陈建设', role: 'planning', department: 'PLAN', scope: 'subParks' },
  { username: 'land', displayName: '杨国土', role: 'land', department: 'LAND', scope: 'zone' },
  { username: 'safety', displayName: '赵安监', role: 'safety', department: 'SAFE', scope: 'zone' },
  { username: 'service', displayName: '周服务', role: 'service', department: 'SERV', scope: 'zone' },
  { username: 'asset', displayName: '吴资产', role: 'asset', department: 'ASSET', scope: 'department' },
  { username: 'party', displayName: '郑党建', role: 'party', department: 'PARTY', scope: 'zone' },
  { username: 'talent', displayName: '孙人才', role: 'talent', department: 'TALENT', scope: 'zone' },
  { username: 'sysadmin', displayName: '系统管理员', role: 'sysadmin', department: 'IT', scope: 'zone' },
  { username: 'secadmin', displayName: '安全管理员', role: 'secadmin', department: 'IT', scope: 'zone' },
  { username: 'auditadmin', displayName: '审计管理员', role: 'auditadmin', department: 'IT', scope: 'zone' },
] as const;

/**
 * Seeds the demo accounts with the known demo password, and turns the administrators' second
 * factor off so the demo can be explored without an authenticator app (the login page says so).
 */
export async function seedAccountsDemo(ctx: AppContext, demo: DemoSeedContext): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = ctx.clock.now().toISOString();
  const departments = new Map(
    (await organisationRepository.listDepartments(ctx.db)).map((d) => [d.code, d.id]),
  );
  const subParks = await organisationRepository.listSubParks(ctx.db);
  const roles = new Map(
    (await ctx.db.selectFrom('roles').select(['id', 'code']).execute()).map((r) => [r.code, r.id]),
  );
  for (const account of demoAccounts) {
    const id = demo.random.id(demo.at);
    await ctx.db
      .insertInto('users')
      .values({
        id,
        username: account.username,
        display_name: account.displayName,
        department_id: departments.get(account.department) ?? null,
        phone: `1380000${String(demoAccounts.indexOf(account)).padStart(4, '0')}`,
        password_hash: passwordHash,
        // Dated now, not at the demo's fixed date, so demo passwords do not start out expired.
        password_changed_at: now,
        must_change_password: 0,
        status: 'active',
        scope_kind: account.scope,
        scope_sub_park_ids: JSON.stringify(
          account.scope === 'subParks' ? subParks.slice(0, 2).map((p) => p.id) : [],
        ),
        enterprise_id: null,
        totp_secret: null,
        totp_pending_secret: null,
        last_login_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await ctx.db
      .insertInto('user_roles')
      .values({ user_id: id, role_id: roles.get(account.role)! })
      .execute();
  }
  await ctx.db
    .updateTable('security_policy')
    .set({ require_admin_totp: 0 })
    .where('id', '=', 'default')
    .execute();
}
