import { useNavigate } from 'react-router';
import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@kaifaqu/contracts';
import { authApi } from './api';

/** Query key of the signed-in user. */
export const ME_KEY = ['auth', 'me'] as const;

/** The session query: Me when signed in, null when not. */
export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: authApi.me, staleTime: 60_000 });
}

/** The signed-in user; only for components rendered inside the session gate. */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error('useMe used outside a signed-in session');
  return data;
}

/** True when the user holds any of the permissions (an empty list means everyone). */
export function hasAnyPermission(me: Me | null | undefined, anyOf: readonly string[]): boolean {
  if (!me) return false;
  return anyOf.length === 0 || anyOf.some((p) => me.permissions.includes(p));
}

/** Returns `can(...permissions)`: whether the signed-in user holds any of them. */
export function useCan(): (...anyOf: string[]) => boolean {
  const { data } = useMeQuery();
  return useCallback((...anyOf: string[]) => hasAnyPermission(data, anyOf), [data]);
}

/** The login-page options (zone name, demo flag). */
export function useLoginOptions() {
  return useQuery({ queryKey: ['auth', 'login-options'], queryFn: authApi.loginOptions, staleTime: 300_000 });
}

/** Signs in and stores the returned user as the session. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.login,
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

/** Signs out and forgets every cached answer of the previous session. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: authApi.logout,
    onSettled: () => {
      // Leave for the sign-in page before the session is cleared, so that the session gate does
      // not remember this page for whoever signs in next.
      void navigate('/login', { replace: true });
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}

/** Changes the own password, then reloads the session (its restriction may have lifted). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}

/** Starts second-factor enrolment. */
export function useTotpSetup() {
  return useMutation({ mutationFn: authApi.totpSetup });
}

/** Confirms second-factor enrolment, then reloads the session. */
export function useTotpEnable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.totpEnable,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}
