import type {
  User,
  UserCreateBody,
  UserListQuery,
  UserRolesBody,
  UserUpdateBody,
  UserWithInitialPassword,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import * as authRepo from '../../platform/auth/auth.repository.js';
import { hashPassword, randomPassword } from '../../platform/auth/password.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import type { Database, UserTable } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enterprisesRepository } from '../enterprises/index.js';
import { organisationRepository } from '../organisation/index.js';
import * as repo from './accounts.repository.js';
import { checkRoleAssignment } from './role-rules.js';
import { userView } from './user-view.js';

async function viewOf(
  ctx: AppContext,
  db: Transaction<Database> | AppContext['db'],
  row: UserTable,
): Promise<User> {
  const roles = (await repo.roleCodesByUser(db, [row.id])).get(row.id) ?? [];
  const throttle = await authRepo.findThrottle(db, row.username);
  const locked =
    throttle?.locked_until && throttle.locked_until > ctx.clock.now().toISOString()
      ? throttle.locked_until
      : null;
  return userView(row, roles, locked);
}

async function mustFind(db: Transaction<Database>, id: string): Promise<UserTable> {
  const row = await repo.findUser(db, id);
  if (!row) throw notFound('账号');
  return row;
}

async function checkDepartment(db: Transaction<Database>, departmentId: string | null): Promise<void> {
  if (departmentId && !(await organisationRepository.findDepartment(db, departmentId)))
    throw badRequest('所选部门不存在');
}

/** A page of accounts. */
export async function listUsers(
  ctx: AppContext,
  query: UserListQuery,
): Promise<{ items: User[]; total: number }> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.listUsers(ctx.db, ctx.dialect, {
    keyword: query.keyword,
    status: query.status,
    roleCode: query.roleCode,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  const roles = await repo.roleCodesByUser(
    ctx.db,
    rows.map((r) => r.id),
  );
  const now = ctx.clock.now().toISOString();
  const items = await Promise.all(
    rows.map(async (r) => {
      const throttle = await authRepo.findThrottle(ctx.db, r.username);
      return userView(
        r,
        roles.get(r.id) ?? [],
        throttle?.locked_until && throttle.locked_until > now ? throttle.locked_until : null,
      );
    }),
  );
  return { items, total };
}

/** One account. */
export async function getUser(ctx: AppContext, id: string): Promise<User> {
  const row = await repo.findUser(ctx.db, id);
  if (!row) throw notFound('账号');
  return viewOf(ctx, ctx.db, row);
}

/** Creates an account with a random one-time password that must be changed at first login. */
export async function createUser(
  ctx: AppContext,
  caller: Caller,
  body: UserCreateBody,
): Promise<UserWithInitialPassword> {
  const initialPassword = randomPassword(16);
  const passwordHash = await hashPassword(initialPassword);
  const user = await auditedChange(ctx, caller, 'user.create', 'user', async (trx) => {
    const username = body.username.toLowerCase();
    if (await repo.usernameExists(trx, username)) throw conflict(`用户名 ${username} 已存在`);
    await checkDepartment(trx, body.departmentId);
    const at = ctx.clock.now().toISOString();
    const row: UserTable = {
      id: newId(),
      username,
      display_name: body.displayName,
      department_id: body.departmentId,
      phone: body.phone,
      password_hash: passwordHash,
      password_changed_at: at,
      must_change_password: 1,
      status: 'active',
      scope_kind: 'department',
      scope_sub_park_ids: '[]',
      enterprise_id: null,
      totp_secret: null,
      totp_pending_secret: null,
      last_login_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertUser(trx, row);
    const { password_hash: _omit, ...after } = row;
    return { objectId: row.id, before: null, after, value: await viewOf(ctx, trx, row) };
  });
  return { user, initialPassword };
}

/** Updates an account's profile. */
export function updateUser(ctx: AppContext, caller: Caller, id: string, body: UserUpdateBody): Promise<User> {
  return auditedChange(ctx, caller, 'user.update', 'user', async (trx) => {
    const before = await mustFind(trx, id);
    await checkDepartment(trx, body.departmentId);
    const values = {
      display_name: body.displayName,
      department_id: body.departmentId,
      updated_at: ctx.clock.now().toISOString(),
      ...(body.phone === undefined ? {} : { phone: body.phone }),
    };
    const version = await updateVersioned(trx, 'users', id, body.version, values);
    const after = { ...before, ...values, version };
    return {
      objectId: id,
      before: { ...before, password_hash: undefined },
      after: { ...after, password_hash: undefined },
      value: await viewOf(ctx, trx, after),
    };
  });
}

/** Disables or re-enables an account; disabling ends its sessions at once. */
export function setUserStatus(
  ctx: AppContext,
  caller: Caller,
  id: string,
  status: 'active' | 'disabled',
  version: number,
): Promise<User> {
  return auditedChange(
    ctx,
    caller,
    status === 'disabled' ? 'user.disable' : 'user.enable',
    'user',
    async (trx) => {
      const before = await mustFind(trx, id);
      if (caller.auth?.userId === id && status === 'disabled') throw badRequest('不能停用自己的账号');
      const at = ctx.clock.now().toISOString();
      // Re-enabling counts as use, so the inactivity rule does not disable the account again at once.
      const values =
        status === 'active' ? { status, updated_at: at, last_login_at: at } : { status, updated_at: at };
      const newVersion = await updateVersioned(trx, 'users', id, version, values);
      if (status === 'disabled') await authRepo.deleteSessionsOfUser(trx, id);
      const after = { ...before, ...values, version: newVersion };
      return {
        objectId: id,
        before: { status: before.status },
        after: { status },
        value: await viewOf(ctx, trx, after),
      };
    },
  );
}

/** Issues a new one-time password; the user must change it at next login and loses every session. */
export async function resetPassword(
  ctx: AppContext,
  caller: Caller,
  id: string,
  version: number,
): Promise<UserWithInitialPassword> {
  const initialPassword = randomPassword(16);
  const passwordHash = await hashPassword(initialPassword);
  const user = await auditedChange(ctx, caller, 'user.reset-password', 'user', async (trx) => {
    const before = await mustFind(trx, id);
    const at = ctx.clock.now().toISOString();
    const values = {
      password_hash: passwordHash,
      password_changed_at: at,
      must_change_password: 1,
      updated_at: at,
    };
    const newVersion = await updateVersioned(trx, 'users', id, version, values);
    await authRepo.deleteSessionsOfUser(trx, id);
    await authRepo.clearThrottle(trx, before.username);
    return {
      objectId: id,
      before: null,
      after: null,
      value: await viewOf(ctx, trx, { ...before, ...values, version: newVersion }),
    };
  });
  return { user, initialPassword };
}

/** Removes an account's second factor (lost phone); the user enrols again at next login if required. */
export function resetTotp(ctx: AppContext, caller: Caller, id: string, version: number): Promise<User> {
  return auditedChange(ctx, caller, 'user.reset-totp', 'user', async (trx) => {
    const before = await mustFind(trx, id);
    const values = {
      totp_secret: null,
      totp_pending_secret: null,
      updated_at: ctx.clock.now().toISOString(),
    };
    const newVersion = await updateVersioned(trx, 'users', id, version, values);
    await authRepo.deleteSessionsOfUser(trx, id);
    return {
      objectId: id,
      before: null,
      after: null,
      value: await viewOf(ctx, trx, { ...before, ...values, version: newVersion }),
    };
  });
}

/** Grants roles and a data scope (security administrator); the user's sessions end at once. */
export function assignRoles(ctx: AppContext, caller: Caller, id: string, body: UserRolesBody): Promise<User> {
  return auditedChange(ctx, caller, 'user.assign-roles', 'user', async (trx) => {
    const before = await mustFind(trx, id);
    if (caller.auth?.userId === id) throw badRequest('不能修改自己的角色');
    const roles = await repo.findRolesByCode(trx, body.roleCodes);
    if (roles.length !== body.roleCodes.length) throw badRequest('所选角色不存在');
    checkRoleAssignment(
      roles.map((r) => ({ code: r.code, adminDuty: r.admin_duty })),
      body.scope.kind,
    );
    const subParkIds = body.scope.kind === 'subParks' ? body.scope.subParkIds : [];
    if (body.scope.kind === 'subParks') {
      if (subParkIds.length === 0) throw badRequest('请至少选择一个园区');
      const found = await organisationRepository.existingSubParkIds(trx, subParkIds);
      if (found.length !== subParkIds.length) throw badRequest('所选园区不存在');
    }
    if (body.scope.kind === 'enterprise') {
      if (!body.scope.enterpriseId) throw badRequest('请指定所属企业');
      if ((await enterprisesRepository.enterpriseNameForAccount(trx, body.scope.enterpriseId)) === null)
        throw badRequest('所指定的企业不存在');
    }
    if (body.scope.kind === 'department' && !before.department_id)
      throw badRequest('该账号未设置所属部门,不能使用"本部门"数据范围');
    const values = {
      scope_kind: body.scope.kind,
      scope_sub_park_ids: JSON.stringify(subParkIds),
      enterprise_id: body.scope.kind === 'enterprise' ? body.scope.enterpriseId : null,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'users', id, body.version, values);
    const beforeRoles = (await repo.roleCodesByUser(trx, [id])).get(id) ?? [];
    await repo.replaceUserRoles(
      trx,
      id,
      roles.map((r) => r.id),
    );
    await authRepo.deleteSessionsOfUser(trx, id);
    const after = { ...before, ...values, version };
    return {
      objectId: id,
      before: {
        roles: beforeRoles,
        scope: before.scope_kind,
        subParks: before.scope_sub_park_ids,
        enterprise: before.enterprise_id,
      },
      after: {
        roles: body.roleCodes,
        scope: values.scope_kind,
        subParks: values.scope_sub_park_ids,
        enterprise: values.enterprise_id,
      },
      detail: `roles: ${body.roleCodes.join(',')}; scope: ${body.scope.kind}`,
      value: await viewOf(ctx, trx, after),
    };
  });
}
