import { POLLUTANTS, type PollutantCode } from '@kaifaqu/contracts';
import type { Locale } from '../../shared/i18n/define';

/** A pollutant's name in the UI language (its code when unknown). */
export function pollutantName(code: string, locale: Locale): string {
  const p = POLLUTANTS[code as PollutantCode];
  if (!p) return code;
  return locale === 'zh-CN' ? p.nameZh : p.nameEn;
}

/** A pollutant's usual unit ('' when unknown or unitless). */
export function pollutantUnit(code: string): string {
  return POLLUTANTS[code as PollutantCode]?.unit ?? '';
}

/** Every pollutant code, for selects. */
export const pollutantCodes = Object.keys(POLLUTANTS) as PollutantCode[];

/** A measured value with at most 3 decimals and its unit. */
export function formatReading(value: number, unit: string): string {
  const text = Number(value.toFixed(3)).toString();
  return unit ? `${text} ${unit}` : text;
}

/** Orders items by their pollutant's place in the catalogue (PM2.5 before CO), not alphabetically. */
export function inCatalogueOrder<T extends { pollutant: string }>(items: readonly T[]): T[] {
  const rank = (code: string) => {
    const i = pollutantCodes.indexOf(code as PollutantCode);
    return i < 0 ? pollutantCodes.length : i;
  };
  return [...items].sort((a, b) => rank(a.pollutant) - rank(b.pollutant));
}
