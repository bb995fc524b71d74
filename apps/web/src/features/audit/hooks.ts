import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditQuery } from '@kaifaqu/contracts';
import { auditApi } from './api';

/** Query keys of the audit module. */
export const auditKeys = {
  list: (query: AuditQuery) => ['audit', 'events', query] as const,
  verification: ['audit', 'verification'] as const,
};

/** One page of the audit trail; the previous page stays on screen while the next loads. */
export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => auditApi.list(query),
    placeholderData: keepPreviousData,
  });
}

/** The chain verification; runs only when asked (`refetch`), never cached as fresh. */
export function useAuditVerification() {
  return useQuery({
    queryKey: auditKeys.verification,
    queryFn: auditApi.verify,
    enabled: false,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}
