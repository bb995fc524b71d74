import {
  permissionCatalogue,
  type PermissionView,
  type Role,
  type RoleCreateBody,
  type RoleUpdateBody,
} from '@kaifaqu/contracts';
import * as authRepo from '../../platform/auth/auth.repository.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import type { RoleTable } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import * as repo from './accounts.repository.js';
import { checkRolePermissions } from './role-rules.js';

const roleView = (r: RoleTable): Role => ({
  id: r.id,
  code: r.code,
  name: r.name,
  description: r.description,
  adminDuty: r.admin_duty,
  builtIn: r.built_in === 1,
  permissions: JSON.parse(r.permissions) as string[],
  version: r.version,
});

/** Every role. */
export async function listRoles(ctx: AppContext): Promise<Role[]> {
  return (await repo.listRoles(ctx.db)).map(roleView);
}

/** The permission catalogue, for the role editor. */
export function listPermissions(): PermissionView[] {
  return permissionCatalogue.map((p) => ({ ...p }));
}

/** Creates a custom business role (administrator roles are built in only). */
export function createRole(ctx: AppContext, caller: Caller, body: RoleCreateBody): Promise<Role> {
  return auditedChange(ctx, caller, 'role.create', 'role', async (trx) => {
    if ((await repo.findRolesByCode(trx, [body.code])).length > 0)
      throw conflict(`角色编码 ${body.code} 已存在`);
    checkRolePermissions(null, body.permissions);
    const at = ctx.clock.now().toISOString();
    const row: RoleTable = {
      id: newId(),
      code: body.code,
      name: body.name,
      description: body.description,
      admin_duty: null,
      built_in: 0,
      permissions: JSON.stringify([...body.permissions].sort()),
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertRole(trx, row);
    return { objectId: row.id, before: null, after: row, value: roleView(row) };
  });
}

/**
 * Changes a role's name and permissions within its duty. Holders' permissions change at their
 * next request; their sessions end too, as security.md 4 asks for role changes.
 */
export function updateRole(ctx: AppContext, caller: Caller, id: string, body: RoleUpdateBody): Promise<Role> {
  return auditedChange(ctx, caller, 'role.update', 'role', async (trx) => {
    const before = await repo.findRole(trx, id);
    if (!before) throw notFound('角色');
    checkRolePermissions(before.admin_duty, body.permissions);
    const values = {
      name: body.name,
      description: body.description,
      permissions: JSON.stringify([...body.permissions].sort()),
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'roles', id, body.version, values);
    if (values.permissions !== before.permissions) {
      for (const userId of await repo.usersWithRole(trx, id)) {
        if (userId !== caller.auth?.userId) await authRepo.deleteSessionsOfUser(trx, userId);
      }
    }
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: roleView(after) };
  });
}
