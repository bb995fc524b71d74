/** An exact value in an indicator's smallest stored unit (分 for money); numbers must be safe integers. */
export type Amount = bigint | number;

/** Converts an amount to bigint, refusing fractions and unsafe numbers so that sums never go through floats. */
export function toExact(value: Amount): bigint {
  if (typeof value === 'bigint') return value;
  // A fractional or > 2^53 number has already lost exactness; summing it would hide the loss.
  if (!Number.isSafeInteger(value)) throw new RangeError(`指标数值须为安全整数: ${value}`);
  return BigInt(value);
}

/** Σ of exact amounts, as bigint. */
export function sumExact(values: Iterable<Amount>): bigint {
  let total = 0n;
  for (const value of values) total += toExact(value);
  return total;
}

/** numerator / denominator as a float ratio, null when the denominator is 0. */
export function ratioOf(numerator: bigint, denominator: bigint): number | null {
  if (denominator === 0n) return null;
  // Dividing the bigints' Number values: each is exact up to 2^53 and the ratio needs only float precision.
  return Number(numerator) / Number(denominator);
}
