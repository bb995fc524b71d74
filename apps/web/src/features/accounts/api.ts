import type {
  PermissionView,
  Role,
  RoleCreateBody,
  RoleUpdateBody,
  SecurityPolicyBody,
  SecurityPolicyView,
  StaffMember,
  User,
  UserCreateBody,
  UserListQuery,
  UserRolesBody,
  UserUpdateBody,
  UserWithInitialPassword,
} from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/**
 * Profile update as sent: `phone` is left out when the administrator did not retype it, because the
 * list shows it masked and the masked text must never be written back.
 */
export type UserProfileUpdate = Omit<UserUpdateBody, 'phone'> & { phone?: UserUpdateBody['phone'] };

/** A page of accounts. */
export interface UserPage {
  items: User[];
  total: number;
}

/** Calls of the accounts module: accounts, roles, the permission catalogue and the security policy. */
export const accountsApi = {
  /** Active staff by name and department, for assigning work (owner, follower). */
  staffDirectory: () => http.get<StaffMember[]>('/staff-directory'),
  /** Accounts matching the filters, one page. */
  listUsers: (query: UserListQuery) => http.get<UserPage>('/users', { ...query }),
  /** One account. */
  getUser: (id: string) => http.get<User>(`/users/${id}`),
  /** Creates an account; the answer carries its one-time initial password. */
  createUser: (body: UserCreateBody) => http.post<UserWithInitialPassword>('/users', body),
  /** Changes an account's profile. */
  updateUser: (id: string, body: UserProfileUpdate) => http.put<User>(`/users/${id}`, body),
  /** Disables an account (it can no longer sign in; its sessions end). */
  disableUser: (id: string, version: number) => http.post<User>(`/users/${id}/disable`, { version }),
  /** Enables a disabled account. */
  enableUser: (id: string, version: number) => http.post<User>(`/users/${id}/enable`, { version }),
  /** Sets a new one-time password that must be changed at next sign-in. */
  resetPassword: (id: string, version: number) =>
    http.post<UserWithInitialPassword>(`/users/${id}/reset-password`, { version }),
  /** Removes the account's second factor so it can enrol again. */
  resetTotp: (id: string, version: number) => http.post<User>(`/users/${id}/reset-totp`, { version }),
  /** Grants roles and the data scope. */
  assignRoles: (id: string, body: UserRolesBody) => http.put<User>(`/users/${id}/roles`, body),
  /** Every role. */
  listRoles: () => http.get<Role[]>('/roles'),
  /** Creates a business role. */
  createRole: (body: RoleCreateBody) => http.post<Role>('/roles', body),
  /** Changes a role's name, description and permissions. */
  updateRole: (id: string, body: RoleUpdateBody) => http.put<Role>(`/roles/${id}`, body),
  /** The permission catalogue for the role editor. */
  listPermissions: () => http.get<PermissionView[]>('/permissions'),
  /** The security policy. */
  getPolicy: () => http.get<SecurityPolicyView>('/security-policy'),
  /** Saves the security policy. */
  updatePolicy: (body: SecurityPolicyBody) => http.put<SecurityPolicyView>('/security-policy', body),
};
