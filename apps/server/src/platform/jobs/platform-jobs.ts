import { archiveAndPurgeAudit } from '../audit/audit-archive.js';
import { appendAudit } from '../audit/audit-trail.js';
import { deleteExpiredSessions, disableInactiveUsers, readPolicy } from '../auth/auth.repository.js';
import type { AppContext } from '../context.js';
import type { Job } from './scheduler.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The platform's own scheduled jobs (times are Asia/Shanghai). */
export function platformJobs(ctx: AppContext): Job[] {
  return [
    {
      name: 'sessions.expire',
      cron: '*/10 * * * *',
      run: async () => {
        await expireSessions(ctx);
      },
    },
    {
      name: 'accounts.disable-inactive',
      cron: '30 1 * * *',
      run: async () => {
        await disableInactiveAccounts(ctx);
      },
    },
    {
      name: 'audit.retention',
      cron: '30 2 * * *',
      run: async () => {
        await archiveAndPurgeAudit(ctx);
      },
    },
  ];
}

/** Deletes sessions past their absolute limit or idle for longer than the policy allows. */
export async function expireSessions(ctx: AppContext): Promise<number> {
  const policy = await readPolicy(ctx.db);
  const now = ctx.clock.now();
  const idleCutoff = new Date(now.getTime() - policy.session_idle_minutes * MINUTE_MS).toISOString();
  return deleteExpiredSessions(ctx.db, now.toISOString(), idleCutoff);
}

/**
 * Disables accounts unused for the policy's `inactive_account_days` (security.md 4; 0 = never).
 * Each disabled account is audited in the same transaction that disables it.
 */
export async function disableInactiveAccounts(ctx: AppContext): Promise<string[]> {
  const policy = await readPolicy(ctx.db);
  if (policy.inactive_account_days <= 0) return [];
  const now = ctx.clock.now();
  const cutoff = new Date(now.getTime() - policy.inactive_account_days * DAY_MS).toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const ids = await disableInactiveUsers(trx, cutoff, now.toISOString());
    for (const id of ids) {
      await appendAudit(
        trx,
        ctx.dialect,
        {
          actor: null,
          ip: 'system',
          action: 'user.disabled-inactive',
          objectType: 'user',
          objectId: id,
          result: 'success',
          detail: `账号超过 ${policy.inactive_account_days} 天未使用,已自动停用`,
        },
        now,
      );
    }
    return ids;
  });
}
