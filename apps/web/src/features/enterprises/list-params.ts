import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  enterpriseSortKeys,
  enterpriseStatuses,
  qualificationKinds,
  type EnterpriseListQuery,
} from '@kaifaqu/contracts';

/** The list's filters without paging and sorting (what the filter bar edits). */
export type EnterpriseFilterValues = Pick<
  EnterpriseListQuery,
  'keyword' | 'subParkId' | 'section' | 'division' | 'status' | 'qualification' | 'leadingIndustryCode'
>;

const PAGE_SIZES = [10, 20, 50, 100];

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((a) => a === value);
}

function text(value: string | null, pattern?: RegExp): string | undefined {
  if (!value) return undefined;
  return pattern && !pattern.test(value) ? undefined : value;
}

/** Reads the list query from the address bar, dropping anything the API would refuse. */
function parse(params: URLSearchParams): EnterpriseListQuery {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    keyword: text(params.get('keyword'))?.slice(0, 100),
    subParkId: text(params.get('subParkId'), /^[0-9a-f-]{36}$/i),
    section: text(params.get('section'), /^[A-T]$/),
    division: text(params.get('division'), /^\d{2}$/),
    status: oneOf(enterpriseStatuses, params.get('status')),
    qualification: oneOf(qualificationKinds, params.get('qualification')),
    leadingIndustryCode: text(params.get('leadingIndustryCode'))?.slice(0, 32),
    sort: oneOf(enterpriseSortKeys, params.get('sort')),
    order: oneOf(['asc', 'desc'] as const, params.get('order')),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

/**
 * The list query kept in the address bar, so going back from 一企一档 returns to the same filters and page.
 * `update` merges a change and drops empty values; a change of filters goes back to page 1.
 */
export function useEnterpriseListQuery(): [
  EnterpriseListQuery,
  (change: Partial<EnterpriseListQuery>) => void,
] {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parse(params), [params]);
  const update = useCallback(
    (change: Partial<EnterpriseListQuery>) => {
      const next: EnterpriseListQuery = { ...parse(params), ...change };
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === null || value === '') continue;
        if ((key === 'page' && value === 1) || (key === 'pageSize' && value === 20)) continue;
        search.set(key, String(value));
      }
      setParams(search, { replace: true });
    },
    [params, setParams],
  );
  return [query, update];
}
