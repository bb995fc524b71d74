import { useCallback } from 'react';
import { currencies, ownerships, type Currency, type Ownership } from '@kaifaqu/contracts';
import { EMPTY, formatWan } from '../../shared/format';
import { useDynamicT, useT } from '../../shared/i18n';
import type { IndustryIndex } from './industry-tree';
import type { EnterpriseLookups } from './lookups';
import { centimuToMu } from './money';

/**
 * Returns the label of a field the history names by its stored column (`registered_capital_fen`),
 * from the dictionary (`changeField.*`), or the column itself for a field added later.
 */
export function useChangeFieldLabel(): (field: string) => string {
  const dynamicT = useDynamicT();
  return useCallback((field) => dynamicT(`changeField.${field}`, field), [dynamicT]);
}

/** Returns a function that shows a stored history value as people read it (万元, 亩, names, labels). */
export function useChangeValueText(
  lookups: EnterpriseLookups,
  industries: IndustryIndex,
): (field: string, value: string | null) => string {
  const t = useT();
  return useCallback(
    (field, value) => {
      if (value === null || value === '') return EMPTY;
      switch (field) {
        case 'registered_capital_fen':
          return /^-?\d+$/.test(value) ? `${formatWan(Number(value))} ${t('unit.wan')}` : value;
        case 'land_area_centimu':
          return `${centimuToMu(value)} ${t('unit.mu')}`;
        case 'registered_capital_currency':
          return currencies.includes(value as Currency) ? t(`currency.${value as Currency}`) : value;
        case 'ownership':
          return ownerships.includes(value as Ownership) ? t(`ownership.${value as Ownership}`) : value;
        case 'sub_park_id':
          return lookups.subParks.get(value) ?? t('enterprise.otherSubPark');
        case 'leading_industry_code':
          return lookups.leadingIndustries.get(value) ?? value;
        case 'liaison_user_id':
          return lookups.users.get(value) ?? t('enterprise.liaisonAssigned');
        case 'industry_code': {
          const name = industries.byCode.get(value)?.name;
          return name ? `${value} ${name}` : value;
        }
        case 'tags':
          return tagsText(value);
        default:
          return value;
      }
    },
    [t, lookups, industries],
  );
}

/** The stored tags (a JSON array) as `a、b`. */
function tagsText(value: string): string {
  try {
    const tags = JSON.parse(value) as unknown;
    if (Array.isArray(tags)) return tags.length ? tags.map(String).join('、') : EMPTY;
  } catch {
    // Not JSON: shown as stored.
  }
  return value;
}
