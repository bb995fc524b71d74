import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { actorOf, type AuthContext } from '../auth/auth-context.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/database.js';
import { appendAudit } from './audit-trail.js';

/** The caller of a service operation: who and from where. */
export interface Caller {
  auth: AuthContext | null;
  ip: string;
}

/** The caller of a request. */
export function callerOf(request: FastifyRequest): Caller {
  return { auth: request.auth, ip: request.ip };
}

/** What a change returns so its audit row can be written. */
export interface ChangeOutcome<T> {
  objectId: string;
  before: unknown;
  after: unknown;
  value: T;
  detail?: string;
}

/**
 * Runs a create/update/state change in one transaction together with its audit row, so a change
 * is never committed without its trace (security.md 19).
 */
export async function auditedChange<T>(
  ctx: AppContext,
  caller: Caller,
  action: string,
  objectType: string,
  change: (trx: Transaction<Database>) => Promise<ChangeOutcome<T>>,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const outcome = await change(trx);
    await appendAudit(
      trx,
      ctx.dialect,
      {
        actor: actorOf(caller.auth),
        ip: caller.ip,
        action,
        objectType,
        objectId: outcome.objectId,
        result: 'success',
        detail: outcome.detail ?? '',
        before: outcome.before,
        after: outcome.after,
      },
      ctx.clock.now(),
    );
    return outcome.value;
  });
}
