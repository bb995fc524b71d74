import type { SecurityPolicyBody, SecurityPolicyView } from '@kaifaqu/contracts';
import * as authRepo from '../../platform/auth/auth.repository.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import type { SecurityPolicyTable } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';

/** The 等保 level-3 defaults (security.md 1, 3, 4). */
export const defaultSecurityPolicy = {
  password_min_length: 8,
  password_max_age_days: 90,
  password_history: 3,
  lockout_threshold: 5,
  lockout_window_minutes: 15,
  lockout_duration_minutes: 30,
  session_idle_minutes: 30,
  session_absolute_hours: 12,
  inactive_account_days: 90,
  require_admin_totp: 1,
} as const;

const view = (p: SecurityPolicyTable): SecurityPolicyView => ({
  passwordMinLength: p.password_min_length,
  passwordMaxAgeDays: p.password_max_age_days,
  passwordHistory: p.password_history,
  lockoutThreshold: p.lockout_threshold,
  lockoutWindowMinutes: p.lockout_window_minutes,
  lockoutDurationMinutes: p.lockout_duration_minutes,
  sessionIdleMinutes: p.session_idle_minutes,
  sessionAbsoluteHours: p.session_absolute_hours,
  inactiveAccountDays: p.inactive_account_days,
  requireAdminTotp: p.require_admin_totp === 1,
  version: p.version,
});

/** The current security policy. */
export async function getPolicy(ctx: AppContext): Promise<SecurityPolicyView> {
  return view(await authRepo.readPolicy(ctx.db));
}

/** Changes the security policy (security administrator). */
export function updatePolicy(
  ctx: AppContext,
  caller: Caller,
  body: SecurityPolicyBody,
): Promise<SecurityPolicyView> {
  return auditedChange(ctx, caller, 'policy.update', 'securityPolicy', async (trx) => {
    const before = await authRepo.readPolicy(trx);
    const values = {
      password_min_length: body.passwordMinLength,
      password_max_age_days: body.passwordMaxAgeDays,
      password_history: body.passwordHistory,
      lockout_threshold: body.lockoutThreshold,
      lockout_window_minutes: body.lockoutWindowMinutes,
      lockout_duration_minutes: body.lockoutDurationMinutes,
      session_idle_minutes: body.sessionIdleMinutes,
      session_absolute_hours: body.sessionAbsoluteHours,
      inactive_account_days: body.inactiveAccountDays,
      require_admin_totp: body.requireAdminTotp ? 1 : 0,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'security_policy', 'default', body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: 'default', before, after, value: view(after) };
  });
}
