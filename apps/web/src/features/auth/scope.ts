import { useCallback } from 'react';
import type { DataScopeView } from '@kaifaqu/contracts';
import { useLocale, useT } from '../../shared/i18n';

/** Names to put into a scope description, when the caller could load them. */
export interface ScopeNames {
  subParks?: ReadonlyMap<string, string>;
  departments?: ReadonlyMap<string, string>;
}

/** Returns a function describing a data scope in words: 全区, 指定园区:一园、二园, 本部门:招商局, 本企业. */
export function useDescribeScope(): (scope: DataScopeView, names?: ScopeNames) => string {
  const t = useT();
  const { locale } = useLocale();
  return useCallback(
    (scope, names) => {
      const label = t(`scope.${scope.kind}`);
      const separator = locale === 'zh-CN' ? '、' : ', ';
      const colon = locale === 'zh-CN' ? ':' : ': ';
      if (scope.kind === 'subParks') {
        const known = scope.subParkIds
          .map((id) => names?.subParks?.get(id))
          .filter((n): n is string => Boolean(n));
        if (known.length === scope.subParkIds.length && known.length > 0)
          return `${label}${colon}${known.join(separator)}`;
        return `${label}${colon}${t('scope.subParkCount', { count: scope.subParkIds.length })}`;
      }
      if (scope.kind === 'department' && scope.departmentId) {
        const name = names?.departments?.get(scope.departmentId);
        return name ? `${label}${colon}${name}` : label;
      }
      return label;
    },
    [t, locale],
  );
}

/** A lookup map from id to name. */
export function nameMap(items: readonly { id: string; name: string }[] | undefined): Map<string, string> {
  return new Map((items ?? []).map((i) => [i.id, i.name]));
}
