import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RoleUpdateBody, UserListQuery, UserRolesBody } from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import { accountsApi, type UserProfileUpdate } from './api';

/** Query keys of the accounts module. */
export const accountKeys = {
  users: ['accounts', 'users'] as const,
  userList: (query: UserListQuery) => ['accounts', 'users', query] as const,
  roles: ['accounts', 'roles'] as const,
  permissions: ['accounts', 'permissions'] as const,
  policy: ['accounts', 'policy'] as const,
  staff: ['accounts', 'staff-directory'] as const,
};

/** Active staff to assign work to (a project's owner, a lead's follower); `enabled` for those who assign. */
export function useStaffDirectory(enabled = true) {
  return useQuery({
    queryKey: accountKeys.staff,
    queryFn: accountsApi.staffDirectory,
    enabled,
    staleTime: 300_000,
  });
}

/** One page of accounts; the previous page stays on screen while the next loads. */
export function useUsers(query: UserListQuery) {
  return useQuery({
    queryKey: accountKeys.userList(query),
    queryFn: () => accountsApi.listUsers(query),
    placeholderData: keepPreviousData,
  });
}

/** Every role (needs role:read or user:read). */
export function useRoles(enabled = true) {
  return useQuery({
    queryKey: accountKeys.roles,
    queryFn: accountsApi.listRoles,
    enabled,
    staleTime: 300_000,
  });
}

/** The permission catalogue (needs role:read). */
export function usePermissionCatalogue(enabled = true) {
  return useQuery({
    queryKey: accountKeys.permissions,
    queryFn: accountsApi.listPermissions,
    enabled,
    staleTime: Infinity,
  });
}

/** The security policy (needs policy:manage). */
export function useSecurityPolicy() {
  return useQuery({ queryKey: accountKeys.policy, queryFn: accountsApi.getPolicy });
}

/** The account mutations; each refreshes the list, and a stale version refetches it. */
export function useUserMutations() {
  const client = useQueryClient();
  const options = {
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.users }),
    onError: (error: unknown) => refetchIfStale(client, accountKeys.users, error),
  };
  return {
    create: useMutation({ mutationFn: accountsApi.createUser, ...options }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UserProfileUpdate }) => accountsApi.updateUser(id, body),
      ...options,
    }),
    setEnabled: useMutation({
      mutationFn: ({ id, version, enabled }: { id: string; version: number; enabled: boolean }) =>
        enabled ? accountsApi.enableUser(id, version) : accountsApi.disableUser(id, version),
      ...options,
    }),
    resetPassword: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        accountsApi.resetPassword(id, version),
      ...options,
    }),
    resetTotp: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) => accountsApi.resetTotp(id, version),
      ...options,
    }),
    assignRoles: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UserRolesBody }) => accountsApi.assignRoles(id, body),
      ...options,
    }),
  };
}

/** Creates or updates a role, refreshing the role list. */
export function useRoleMutations() {
  const client = useQueryClient();
  const options = {
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.roles }),
    onError: (error: unknown) => refetchIfStale(client, accountKeys.roles, error),
  };
  return {
    create: useMutation({ mutationFn: accountsApi.createRole, ...options }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: RoleUpdateBody }) => accountsApi.updateRole(id, body),
      ...options,
    }),
  };
}

/** Saves the security policy. */
export function useUpdateSecurityPolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: accountsApi.updatePolicy,
    onSuccess: (policy) => client.setQueryData(accountKeys.policy, policy),
    onError: (error) => refetchIfStale(client, accountKeys.policy, error),
  });
}
