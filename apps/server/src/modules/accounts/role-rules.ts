import { ErrorCode, permissionCatalogue, type AdminDuty } from '@kaifaqu/contracts';
import { AppError, badRequest } from '../../platform/errors.js';

const dutyOf = new Map(permissionCatalogue.map((p) => [p.code, p.duty]));

/**
 * 三权分立 for a role's permissions: an administrator role holds only its own duty's permissions
 * (and shared ones); a business role holds no administrator permission.
 */
export function checkRolePermissions(adminDuty: AdminDuty | null, permissions: readonly string[]): void {
  const unknown = permissions.filter((p) => !dutyOf.has(p));
  if (unknown.length > 0) throw badRequest(`未知的权限:${unknown.join('、')}`);
  const misplaced = permissions.filter((p) => {
    const duty = dutyOf.get(p)!;
    if (duty === 'shared') return false;
    return adminDuty === null ? duty !== 'business' : duty !== adminDuty;
  });
  if (misplaced.length > 0) {
    throw new AppError(
      400,
      ErrorCode.adminDutyConflict,
      adminDuty === null
        ? `业务角色不能包含管理员权限:${misplaced.join('、')}`
        : `该管理员角色只能包含本职责的权限,不能包含:${misplaced.join('、')}`,
    );
  }
}

/**
 * 三权分立 for an account: at most one administrator duty, and an administrator holds no
 * business role. The enterprise role goes only with the enterprise scope.
 */
export function checkRoleAssignment(
  roles: readonly { code: string; adminDuty: AdminDuty | null }[],
  scopeKind: string,
): void {
  const duties = new Set(roles.map((r) => r.adminDuty).filter((d) => d !== null));
  if (duties.size > 1)
    throw new AppError(400, ErrorCode.adminDutyConflict, '一个账号不能同时担任两种管理员职责(三权分立)');
  if (duties.size === 1 && roles.some((r) => r.adminDuty === null)) {
    throw new AppError(400, ErrorCode.adminDutyConflict, '管理员账号不能同时持有业务角色(三权分立)');
  }
  const isEnterprise = roles.some((r) => r.code === 'enterprise');
  if (isEnterprise && (scopeKind !== 'enterprise' || roles.length > 1)) {
    throw badRequest('企业用户角色只能单独授予,且数据范围必须为"本企业"');
  }
  if (!isEnterprise && scopeKind === 'enterprise')
    throw badRequest('数据范围为"本企业"的账号须授予企业用户角色');
}
