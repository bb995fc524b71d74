import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TargetUpdateBody } from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import { targetsApi } from './api';

/** Query keys of the targets module; everything under `targets` is refreshed after a change. */
export const targetKeys = {
  all: ['targets'] as const,
  subjects: ['targets', 'subjects'] as const,
  progress: (year: number, month: number) => ['targets', 'progress', year, month] as const,
};

/** The subjects targets can be set for; they change only when the server is upgraded. */
export function useTargetSubjects(enabled = true) {
  return useQuery({
    queryKey: targetKeys.subjects,
    queryFn: targetsApi.subjects,
    enabled,
    staleTime: 300_000,
  });
}

/** The targets of a year with their progress through a month; the last answer stays while the next loads. */
export function useTargetProgress(year: number, month: number) {
  return useQuery({
    queryKey: targetKeys.progress(year, month),
    queryFn: () => targetsApi.progress(year, month),
    placeholderData: keepPreviousData,
  });
}

/** Sets a target. */
export function useCreateTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: targetsApi.create,
    onSuccess: () => client.invalidateQueries({ queryKey: targetKeys.all }),
  });
}

/** Changes a target. */
export function useUpdateTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TargetUpdateBody }) => targetsApi.update(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: targetKeys.all }),
    onError: (error) => refetchIfStale(client, targetKeys.all, error),
  });
}

/** Removes a target. */
export function useDeleteTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => targetsApi.remove(id, version),
    onSuccess: () => client.invalidateQueries({ queryKey: targetKeys.all }),
    onError: (error) => refetchIfStale(client, targetKeys.all, error),
  });
}
