import { useMemo } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EnterpriseContactBody,
  EnterpriseListQuery,
  EnterpriseStatusBody,
  EnterpriseUpdateBody,
  QualificationBody,
} from '@kaifaqu/contracts';
import { formatDate } from '../../shared/format';
import { refetchIfStale } from '../../shared/query';
import type { ProgressHandler } from '../../shared/upload';
import { enterprisesApi } from './api';
import { buildIndustryIndex } from './industry-tree';

/** Query keys of the enterprise registry; everything under `enterprises` is refreshed after a change. */
export const enterpriseKeys = {
  all: ['enterprises'] as const,
  list: (query: EnterpriseListQuery) => ['enterprises', 'list', query] as const,
  counts: (asOf: string) => ['enterprises', 'counts', asOf] as const,
  file: (id: string) => ['enterprises', 'file', id] as const,
  industries: ['dictionaries', 'industries'] as const,
  leadingIndustries: ['dictionaries', 'leading-industries'] as const,
  liaisons: ['enterprises', 'liaison-candidates'] as const,
};

/** One page of enterprises; the previous page stays on screen while the next loads. */
export function useEnterprises(query: EnterpriseListQuery) {
  return useQuery({
    queryKey: enterpriseKeys.list(query),
    queryFn: () => enterprisesApi.list(query),
    placeholderData: keepPreviousData,
  });
}

/** The zone-wide headline counts as of today (Asia/Shanghai). */
export function useEnterpriseCounts(enabled = true) {
  const asOf = formatDate(new Date());
  return useQuery({
    queryKey: enterpriseKeys.counts(asOf),
    queryFn: () => enterprisesApi.counts(asOf),
    enabled,
    select: (groups) => groups[0],
  });
}

/** 一企一档 of one enterprise. */
export function useEnterpriseFile(id: string) {
  return useQuery({ queryKey: enterpriseKeys.file(id), queryFn: () => enterprisesApi.file(id) });
}

/** The GB/T 4754-2017 table with its lookups; it never changes while the app runs. */
export function useIndustries(enabled = true) {
  const query = useQuery({
    queryKey: enterpriseKeys.industries,
    queryFn: enterprisesApi.industries,
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const index = useMemo(() => buildIndustryIndex(query.data ?? []), [query.data]);
  return { ...query, index };
}

/** The zone's leading industries. */
export function useLeadingIndustries(enabled = true) {
  return useQuery({
    queryKey: enterpriseKeys.leadingIndustries,
    queryFn: enterprisesApi.leadingIndustries,
    enabled,
    staleTime: 300_000,
  });
}

/**
 * Staff who may be assigned as 企业秘书 (names only), for those who maintain enterprises
 * (enterprise:manage); for others pass `enabled=false` and the liaison shows as "assigned".
 */
export function useLiaisonCandidates(enabled: boolean) {
  return useQuery({
    queryKey: enterpriseKeys.liaisons,
    queryFn: enterprisesApi.liaisonCandidates,
    enabled,
    staleTime: 300_000,
  });
}

/** The registry's changes; each refreshes lists, counts and files, and a stale version refetches them. */
export function useEnterpriseMutations() {
  const client = useQueryClient();
  const options = {
    onSuccess: () => client.invalidateQueries({ queryKey: enterpriseKeys.all }),
    onError: (error: unknown) => refetchIfStale(client, enterpriseKeys.all, error),
  };
  return {
    create: useMutation({ mutationFn: enterprisesApi.create, ...options }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: EnterpriseUpdateBody }) =>
        enterprisesApi.update(id, body),
      ...options,
    }),
    changeStatus: useMutation({
      mutationFn: ({ id, body }: { id: string; body: EnterpriseStatusBody }) =>
        enterprisesApi.changeStatus(id, body),
      ...options,
    }),
    updateContact: useMutation({
      mutationFn: ({ id, body }: { id: string; body: EnterpriseContactBody }) =>
        enterprisesApi.updateContact(id, body),
      ...options,
    }),
    addQualification: useMutation({
      mutationFn: ({ id, body }: { id: string; body: QualificationBody }) =>
        enterprisesApi.addQualification(id, body),
      ...options,
    }),
    revokeQualification: useMutation({
      mutationFn: ({
        id,
        qualificationId,
        version,
      }: {
        id: string;
        qualificationId: string;
        version: number;
      }) => enterprisesApi.revokeQualification(id, qualificationId, version),
      ...options,
    }),
  };
}

/** Imports an Excel file with upload progress; a success refreshes the registry. */
export function useImportEnterprises() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: ProgressHandler }) =>
      enterprisesApi.importFile(file, onProgress),
    onSuccess: () => client.invalidateQueries({ queryKey: enterpriseKeys.all }),
  });
}

/** Attaches a file to an enterprise, then reloads its 一企一档. */
export function useUploadAttachment(enterpriseId: string, subParkId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => enterprisesApi.uploadAttachment(file, enterpriseId, subParkId),
    onSuccess: () => client.invalidateQueries({ queryKey: enterpriseKeys.file(enterpriseId) }),
  });
}
