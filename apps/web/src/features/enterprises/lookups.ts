import { useMemo } from 'react';
import { useCan } from '../auth/hooks';
import { nameMap } from '../auth/scope';
import { useSubParks } from '../organisation/hooks';
import { useLeadingIndustries, useLiaisonCandidates } from './hooks';

/** Names for the ids an enterprise refers to; a map is empty when the user may not read its source. */
export interface EnterpriseLookups {
  subParks: ReadonlyMap<string, string>;
  leadingIndustries: ReadonlyMap<string, string>;
  /** Staff names; empty without enterprise:manage, and the id is then shown as "assigned" only. */
  users: ReadonlyMap<string, string>;
}

/**
 * Loads the names the registry pages show in place of ids, each only when the user may read it
 * (sub-parks need org:read, staff names enterprise:manage; enterprise users have neither).
 */
export function useEnterpriseLookups(): EnterpriseLookups {
  const can = useCan();
  const subParks = useSubParks(can('org:read'));
  const leading = useLeadingIndustries();
  const users = useLiaisonCandidates(can('enterprise:manage'));
  return useMemo(
    () => ({
      subParks: nameMap(subParks.data),
      leadingIndustries: new Map((leading.data ?? []).map((l) => [l.code, l.name])),
      users: new Map((users.data ?? []).map((u) => [u.id, u.displayName])),
    }),
    [subParks.data, leading.data, users.data],
  );
}
