import type { ChangePasswordBody, LoginOptions, Me, TotpSetup } from '@kaifaqu/contracts';
import { ErrorCode } from '@kaifaqu/contracts';
import * as repo from '../../platform/auth/auth.repository.js';
import type { AuthContext } from '../../platform/auth/auth-context.js';
import { actorOf } from '../../platform/auth/auth-context.js';
import { hashPassword, passwordProblems, verifyPassword } from '../../platform/auth/password.js';
import { startSession } from '../../platform/auth/session.service.js';
import { newTotpSecret, totpUrl, verifyTotp } from '../../platform/auth/totp.js';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { zoneName } from '../organisation/index.js';
import { holdsAdminDuty } from './login.service.js';

/** What the login page shows before sign-in. */
export async function loginOptions(ctx: AppContext): Promise<LoginOptions> {
  const policy = await repo.readPolicy(ctx.db);
  return {
    zoneName: await zoneName(ctx),
    adminTotpRequired: policy.require_admin_totp === 1,
    demo: ctx.config.demo,
  };
}

/** The signed-in user as the web app needs it. */
export async function me(ctx: AppContext, auth: AuthContext): Promise<Me> {
  const policy = await repo.readPolicy(ctx.db);
  const scope = auth.scope;
  return {
    id: auth.userId,
    username: auth.username,
    displayName: auth.displayName,
    roles: auth.roles.map((r) => ({ code: r.code, name: r.name })),
    permissions: [...auth.permissions].sort(),
    scope: {
      kind: scope.kind,
      subParkIds: scope.kind === 'subParks' ? [...scope.subParkIds] : [],
      departmentId: scope.kind === 'department' ? scope.departmentId : null,
      enterpriseId: scope.kind === 'enterprise' ? scope.enterpriseId : null,
    },
    departmentId: auth.departmentId,
    restriction: auth.restriction,
    totpEnabled: auth.totpEnabled,
    passwordExpiresAt:
      policy.password_max_age_days > 0
        ? new Date(
            new Date(auth.passwordChangedAt).getTime() + policy.password_max_age_days * 86_400_000,
          ).toISOString()
        : null,
    zoneName: await zoneName(ctx),
  };
}

/** Ends the caller's session. */
export async function logout(ctx: AppContext, auth: AuthContext, ip: string): Promise<void> {
  await repo.deleteSession(ctx.db, auth.sessionId);
  await ctx.audit({
    actor: actorOf(auth),
    ip,
    action: 'auth.logout',
    objectType: 'user',
    objectId: auth.userId,
    result: 'success',
  });
}

/**
 * Changes the caller's own password under the policy, ends every session of the user and
 * returns a fresh session token for the caller (rotation).
 */
export async function changePassword(
  ctx: AppContext,
  auth: AuthContext,
  body: ChangePasswordBody,
  origin: { ip: string; userAgent: string },
): Promise<string> {
  const user = await repo.findUserById(ctx.db, auth.userId);
  if (!user || !(await verifyPassword(user.password_hash, body.currentPassword))) {
    throw new AppError(400, ErrorCode.invalidCredentials, '当前密码不正确');
  }
  const policy = await repo.readPolicy(ctx.db);
  const problems = passwordProblems(body.newPassword, {
    username: user.username,
    minLength: policy.password_min_length,
  });
  const history = [
    user.password_hash,
    ...(await repo.recentPasswordHashes(ctx.db, user.id, policy.password_history - 1)),
  ].slice(0, Math.max(policy.password_history, 1));
  for (const old of history) {
    if (await verifyPassword(old, body.newPassword)) {
      problems.push(`新密码不能与最近 ${Math.max(policy.password_history, 1)} 次使用过的密码相同`);
      break;
    }
  }
  if (problems.length > 0) {
    throw new AppError(
      400,
      ErrorCode.passwordPolicy,
      problems.join(';'),
      problems.map((m) => ({ path: '/newPassword', message: m })),
    );
  }
  const now = ctx.clock.now();
  const newHash = await hashPassword(body.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.storePassword(trx, user, newHash, now.toISOString(), false);
    await repo.deleteSessionsOfUser(trx, user.id);
  });
  const roles = await repo.rolesOfUser(ctx.db, user.id);
  const restriction =
    policy.require_admin_totp === 1 && holdsAdminDuty(roles) && !user.totp_secret ? 'totpEnrolment' : null;
  const token = await startSession(
    ctx.db,
    { userId: user.id, ...origin, restriction },
    now,
    policy.session_absolute_hours,
  );
  await ctx.audit({
    actor: actorOf(auth),
    ip: origin.ip,
    action: 'auth.password-change',
    objectType: 'user',
    objectId: user.id,
    result: 'success',
  });
  return token;
}

/** Starts second-factor enrolment: a pending secret shown once. */
export async function setupTotp(ctx: AppContext, auth: AuthContext): Promise<TotpSetup> {
  const secret = newTotpSecret();
  await repo.updateTotp(ctx.db, auth.userId, { totp_pending_secret: secret }, ctx.clock.now().toISOString());
  return { secret, otpauthUrl: totpUrl(secret, auth.username, `Kaifaqu ${await zoneName(ctx)}`) };
}

/** Confirms enrolment with a current code; lifts a second-factor restriction on the session. */
export async function enableTotp(
  ctx: AppContext,
  auth: AuthContext,
  code: string,
  ip: string,
): Promise<void> {
  const user = await repo.findUserById(ctx.db, auth.userId);
  const now = ctx.clock.now();
  if (!user?.totp_pending_secret || !verifyTotp(user.totp_pending_secret, code, now)) {
    throw new AppError(400, ErrorCode.totpInvalid, '动态验证码错误,请确认手机时间准确后重试');
  }
  await repo.updateTotp(
    ctx.db,
    user.id,
    { totp_secret: user.totp_pending_secret, totp_pending_secret: null },
    now.toISOString(),
  );
  if (auth.restriction === 'totpEnrolment') await repo.setSessionRestriction(ctx.db, auth.sessionId, null);
  await ctx.audit({
    actor: actorOf(auth),
    ip,
    action: 'auth.totp-enable',
    objectType: 'user',
    objectId: user.id,
    result: 'success',
  });
}
