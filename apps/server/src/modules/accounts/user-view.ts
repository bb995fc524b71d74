import type { User } from '@kaifaqu/contracts';
import type { UserTable } from '../../platform/db/database.js';
import { parseIdList } from '../../platform/auth/data-scope.js';
import { maskPhone } from '../../platform/units.js';

/** An account row as the API shows it. */
export function userView(row: UserTable, roleCodes: string[], lockedUntil: string | null): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    departmentId: row.department_id,
    phone: maskPhone(row.phone),
    status: row.status,
    roleCodes,
    scope: {
      kind: row.scope_kind,
      subParkIds: row.scope_kind === 'subParks' ? parseIdList(row.scope_sub_park_ids) : [],
      departmentId: row.scope_kind === 'department' ? row.department_id : null,
      enterpriseId: row.scope_kind === 'enterprise' ? row.enterprise_id : null,
    },
    totpEnabled: row.totp_secret !== null,
    mustChangePassword: row.must_change_password === 1,
    lastLoginAt: row.last_login_at,
    lockedUntil,
    version: row.version,
    createdAt: row.created_at,
  };
}
