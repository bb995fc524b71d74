import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HazardListQuery, NoticeListQuery, SafetyAgreementListQuery } from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import { hazardsApi } from './api';

/** Query keys; everything under `hazards` is refreshed after a change (counts, timeline, notices). */
export const hazardKeys = {
  all: ['hazards'] as const,
  list: (query: HazardListQuery) => ['hazards', 'list', query] as const,
  detail: (id: string) => ['hazards', 'detail', id] as const,
  notices: (query: NoticeListQuery) => ['hazards', 'notices', query] as const,
  agreements: (query: SafetyAgreementListQuery) => ['hazards', 'agreements', query] as const,
};

export function useHazards(query: HazardListQuery) {
  return useQuery({
    queryKey: hazardKeys.list(query),
    queryFn: () => hazardsApi.list(query),
    placeholderData: keepPreviousData,
  });
}

export function useHazard(id: string) {
  return useQuery({ queryKey: hazardKeys.detail(id), queryFn: () => hazardsApi.get(id) });
}

export function useNotices(query: NoticeListQuery) {
  return useQuery({
    queryKey: hazardKeys.notices(query),
    queryFn: () => hazardsApi.notices(query),
    placeholderData: keepPreviousData,
  });
}

export function useAgreements(query: SafetyAgreementListQuery) {
  return useQuery({
    queryKey: hazardKeys.agreements(query),
    queryFn: () => hazardsApi.agreements(query),
    placeholderData: keepPreviousData,
  });
}

/** Any change of the module: refreshes every hazard query afterwards (and after a stale-version refusal). */
export function useHazardMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: hazardKeys.all }),
    onError: (error) => refetchIfStale(client, hazardKeys.all, error),
  });
}
