import { decimalText, numberText, type Plain, type Read } from '../../platform/excel/cells.js';

// The registry's money cells: registered capital is typed in 万元 and stored in integer 分.

/** 万元 with up to 6 decimals → integer 分 (1 万元 = 1,000,000 分), by string and BigInt arithmetic. */
export function wanToFen(v: Plain, maxFen: number): Read<number> {
  if (v === null) return { value: 0 };
  const text =
    typeof v === 'number'
      ? numberText(v)
      : typeof v === 'string'
        ? { value: v.replace(/,/g, '') }
        : { problem: '应为数字' };
  if ('problem' in text) return text;
  const m = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(text.value);
  if (!m) return { problem: '应为不小于 0 的金额(万元),最多 6 位小数' };
  const fen = BigInt(m[1]!) * 1_000_000n + BigInt((m[2] ?? '').padEnd(6, '0'));
  return fen > BigInt(maxFen) ? { problem: '金额过大' } : { value: Number(fen) };
}

/** Integer 分 → 万元 as exact decimal text without trailing zeros. */
export function fenToWan(fen: number): string {
  return decimalText(fen, 6);
}
