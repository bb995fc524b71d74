import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DepartmentUpdateBody, SubParkUpdateBody } from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import { organisationApi } from './api';

/** Query keys of the organisation module. */
export const orgKeys = {
  zone: ['org', 'zone'] as const,
  subParks: ['org', 'sub-parks'] as const,
  departments: ['org', 'departments'] as const,
};

/** The zone record (needs org:read). */
export function useZone(enabled = true) {
  return useQuery({ queryKey: orgKeys.zone, queryFn: organisationApi.getZone, enabled });
}

/** All sub-parks (needs org:read); pass `enabled=false` when the user may not read them. */
export function useSubParks(enabled = true) {
  return useQuery({
    queryKey: orgKeys.subParks,
    queryFn: organisationApi.listSubParks,
    enabled,
    staleTime: 300_000,
  });
}

/** All departments (needs org:read). */
export function useDepartments(enabled = true) {
  return useQuery({
    queryKey: orgKeys.departments,
    queryFn: organisationApi.listDepartments,
    enabled,
    staleTime: 300_000,
  });
}

/** Saves the zone; the session's zone name changes too, so `me` is reloaded. */
export function useUpdateZone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: organisationApi.updateZone,
    onSuccess: (zone) => {
      client.setQueryData(orgKeys.zone, zone);
      void client.invalidateQueries({ queryKey: ['auth'] });
    },
    onError: (error) => refetchIfStale(client, orgKeys.zone, error),
  });
}

/** Creates a sub-park. */
export function useCreateSubPark() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: organisationApi.createSubPark,
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.subParks }),
  });
}

/** Updates (or archives/restores) a sub-park. */
export function useUpdateSubPark() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SubParkUpdateBody }) =>
      organisationApi.updateSubPark(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.subParks }),
    onError: (error) => refetchIfStale(client, orgKeys.subParks, error),
  });
}

/** Creates a department. */
export function useCreateDepartment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: organisationApi.createDepartment,
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.departments }),
  });
}

/** Updates (or archives/restores) a department. */
export function useUpdateDepartment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DepartmentUpdateBody }) =>
      organisationApi.updateDepartment(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.departments }),
    onError: (error) => refetchIfStale(client, orgKeys.departments, error),
  });
}
