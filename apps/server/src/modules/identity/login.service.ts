import type { LoginBody } from '@kaifaqu/contracts';
import { ErrorCode } from '@kaifaqu/contracts';
import * as repo from '../../platform/auth/auth.repository.js';
import type { AuthContext } from '../../platform/auth/auth-context.js';
import type { LoginRateLimiter } from '../../platform/auth/login-rate-limiter.js';
import { verifyAgainstDummy, verifyPassword } from '../../platform/auth/password.js';
import { sessionIdOf, startSession } from '../../platform/auth/session.service.js';
import { verifyTotp } from '../../platform/auth/totp.js';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { clearFailures, lockedUntil, lockKey, recordFailure } from './lockout.js';

/** Where a login attempt comes from. */
export interface LoginOrigin {
  ip: string;
  userAgent: string;
  /** The cookie token the browser already had, ended on success (session rotation). */
  previousToken: string | undefined;
}

const invalidCredentials = () => new AppError(401, ErrorCode.invalidCredentials, '用户名或密码错误');
const lockedError = (until: Date, now: Date) =>
  new AppError(
    423,
    ErrorCode.accountLocked,
    `登录失败次数过多,账号已锁定,请 ${Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))} 分钟后再试`,
    // The end of the lock, machine-readable, so the English UI can say it too.
    [{ path: 'lockedUntil', message: until.toISOString() }],
  );

/** True when a role set includes one of the three administrator duties. */
export function holdsAdminDuty(roles: { adminDuty: string | null }[]): boolean {
  return roles.some((r) => r.adminDuty !== null);
}

/**
 * Signs a user in: per-IP rate limit, lockout, password, second factor, then a fresh session.
 * The session is restricted to the password page when the password must change, and to the
 * second-factor page when an administrator has none but the policy requires it.
 */
export async function login(
  ctx: AppContext,
  limiter: LoginRateLimiter,
  body: LoginBody,
  origin: LoginOrigin,
): Promise<{ token: string; userId: string; restriction: AuthContext['restriction'] }> {
  const now = ctx.clock.now();
  const fail = async (action: string, detail: string, error: AppError, userId: string | null = null) => {
    await ctx.audit({
      actor: { userId, username: body.username.slice(0, 64), roleCodes: [], enterpriseId: null },
      ip: origin.ip,
      action,
      objectType: 'user',
      objectId: userId,
      result: 'failure',
      detail,
    });
    return error;
  };
  if (!limiter.allow(origin.ip, now.getTime())) {
    throw await fail(
      'auth.login',
      'rate limited',
      new AppError(429, ErrorCode.rateLimited, '登录尝试过于频繁,请稍后再试'),
    );
  }
  const key = lockKey(body.username);
  const policy = await repo.readPolicy(ctx.db);
  const locked = await lockedUntil(ctx.db, key, now);
  if (locked) throw await fail('auth.login', 'account locked', lockedError(locked, now));

  const user = await repo.findUserByUsername(ctx.db, body.username.trim());
  if (!user) await verifyAgainstDummy(body.password);
  if (!user || !(await verifyPassword(user.password_hash, body.password))) {
    await recordFailure(ctx.db, key, now, policy);
    throw await fail('auth.login', 'wrong username or password', invalidCredentials(), user?.id ?? null);
  }
  if (user.status !== 'active') {
    throw await fail(
      'auth.login',
      'account disabled',
      new AppError(403, ErrorCode.accountDisabled, '账号已停用,请联系系统管理员'),
      user.id,
    );
  }
  const lastUse = new Date(user.last_login_at ?? user.created_at).getTime();
  if (
    policy.inactive_account_days > 0 &&
    now.getTime() - lastUse > policy.inactive_account_days * 86_400_000
  ) {
    await repo.disableInactiveUsers(
      ctx.db,
      new Date(now.getTime() - policy.inactive_account_days * 86_400_000).toISOString(),
      now.toISOString(),
    );
    throw await fail(
      'auth.login',
      'account inactive for too long',
      new AppError(403, ErrorCode.accountDisabled, '账号长期未使用已停用,请联系系统管理员'),
      user.id,
    );
  }
  if (user.totp_secret) {
    if (!body.totpCode) throw new AppError(401, ErrorCode.totpRequired, '请输入动态验证码');
    if (!verifyTotp(user.totp_secret, body.totpCode, now)) {
      await recordFailure(ctx.db, key, now, policy);
      throw await fail(
        'auth.login',
        'wrong second-factor code',
        new AppError(401, ErrorCode.totpInvalid, '动态验证码错误'),
        user.id,
      );
    }
  }

  const roles = await repo.rolesOfUser(ctx.db, user.id);
  const passwordExpired =
    policy.password_max_age_days > 0 &&
    now.getTime() - new Date(user.password_changed_at).getTime() > policy.password_max_age_days * 86_400_000;
  const restriction: AuthContext['restriction'] =
    user.must_change_password === 1 || passwordExpired
      ? 'passwordChange'
      : policy.require_admin_totp === 1 && holdsAdminDuty(roles) && !user.totp_secret
        ? 'totpEnrolment'
        : null;

  if (origin.previousToken) await repo.deleteSession(ctx.db, sessionIdOf(origin.previousToken));
  const token = await startSession(
    ctx.db,
    { userId: user.id, ip: origin.ip, userAgent: origin.userAgent, restriction },
    now,
    policy.session_absolute_hours,
  );
  await clearFailures(ctx.db, key);
  await repo.markLogin(ctx.db, user.id, now.toISOString());
  await ctx.audit({
    actor: {
      userId: user.id,
      username: user.username,
      roleCodes: roles.map((r) => r.code),
      enterpriseId: user.enterprise_id,
    },
    ip: origin.ip,
    action: 'auth.login',
    objectType: 'user',
    objectId: user.id,
    result: 'success',
    detail: restriction ? `restricted: ${restriction}` : '',
  });
  return { token, userId: user.id, restriction };
}
