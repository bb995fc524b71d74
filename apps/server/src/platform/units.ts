/** 亩 as a decimal string ("1234.50") → integer hundredths of a 亩, so areas stay exact on both databases. */
export function muToCentimu(areaMu: string | null): number | null {
  if (areaMu === null) return null;
  const [whole, fraction = ''] = areaMu.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Integer hundredths of a 亩 → decimal string with two places. */
export function centimuToMu(centimu: number | null): string | null {
  if (centimu === null) return null;
  return `${Math.trunc(centimu / 100)}.${String(centimu % 100).padStart(2, '0')}`;
}

/** Masks the middle of a phone number (138****5678) for lists, exports and logs. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  return digits.length < 7 ? '****' : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
