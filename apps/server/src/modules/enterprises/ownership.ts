import type { Ownership } from '@kaifaqu/contracts';

/** Chinese names of ownership kinds (内资/外资/港澳台), for Excel and messages. */
export const OWNERSHIP_NAMES: Record<Ownership, string> = {
  domestic: '内资',
  foreign: '外资',
  hkMacauTaiwan: '港澳台',
};

/** Foreign-funded in the summaries' sense (外资企业) includes Hong Kong, Macao and Taiwan investment. */
export function isForeignFunded(ownership: Ownership): boolean {
  return ownership !== 'domestic';
}
