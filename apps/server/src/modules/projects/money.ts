import { ProjectErrorCode } from '@kaifaqu/contracts';
import { badRequest } from '../../platform/errors.js';

const MAX = 8_999_999_999_999_999n;

/** An exchange rate (CNY per USD) as an integer of 1/10000. */
export function rateE4(rate: number): bigint {
  return BigInt(Math.round(rate * 10_000));
}

/**
 * The CNY equivalent in 分 of an amount in minor units of its currency, exact in integers:
 * round(usd cents × rate). CNY amounts are their own equivalent.
 */
export function toCnyFen(amount: number, currency: 'CNY' | 'USD', rate: bigint | null): number {
  if (currency === 'CNY') return amount;
  if (rate === null || rate <= 0n)
    throw badRequest('美元项目须填写汇率', ProjectErrorCode.exchangeRateRequired);
  const fen = (BigInt(amount) * rate + 5_000n) / 10_000n;
  if (fen > MAX) throw badRequest('折合人民币金额超出范围');
  return Number(fen);
}

/** The rate a USD project was recorded with, from its planned investment and CNY equivalent. */
export function impliedRate(planned: number, plannedCnyFen: number): bigint | null {
  if (planned <= 0) return null;
  return (BigInt(plannedCnyFen) * 10_000n + BigInt(planned) / 2n) / BigInt(planned);
}
