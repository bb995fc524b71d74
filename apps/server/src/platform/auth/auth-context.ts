import type { AuditActor } from '../audit/audit-trail.js';
import type { DataScope } from './data-scope.js';
import type { RoleGrant } from './auth.repository.js';

/** Who is calling: resolved from the session cookie on every request. */
export interface AuthContext {
  sessionId: string;
  userId: string;
  username: string;
  displayName: string;
  departmentId: string | null;
  enterpriseId: string | null;
  roles: RoleGrant[];
  permissions: ReadonlySet<string>;
  scope: DataScope;
  restriction: 'passwordChange' | 'totpEnrolment' | null;
  totpEnabled: boolean;
  passwordChangedAt: string;
}

/** The audit actor of an authenticated caller. */
export function actorOf(auth: AuthContext | null): AuditActor | null {
  if (!auth) return null;
  return {
    userId: auth.userId,
    username: auth.username,
    roleCodes: auth.roles.map((r) => r.code),
    enterpriseId: auth.enterpriseId,
  };
}
