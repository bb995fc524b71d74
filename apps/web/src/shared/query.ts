import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { ErrorCode } from '@kaifaqu/contracts';
import { isApiError } from './http';

/** After a refused update: a stale version (409) or a vanished record (404) means the list is out of date. */
export function refetchIfStale(client: QueryClient, queryKey: QueryKey, error: unknown): void {
  if (isApiError(error, ErrorCode.versionConflict) || isApiError(error, ErrorCode.notFound)) {
    void client.invalidateQueries({ queryKey });
  }
}
