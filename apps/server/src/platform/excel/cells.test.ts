import { describe, expect, it } from 'vitest';
import { decimalText, readScaled } from './cells.js';

const FIGURE = { min: -1e14, max: 1e14 };

describe('readScaled / decimalText', () => {
  it('moves the decimal point exactly, never through a float', () => {
    expect(readScaled(1234.5, 6, FIGURE)).toEqual({ value: 1_234_500_000 });
    expect(readScaled(0.1, 6, FIGURE)).toEqual({ value: 100_000 });
    expect(readScaled(0.29, 2, FIGURE)).toEqual({ value: 29 }); // 0.29 × 100 is 28.999999999999996 in floats
    expect(readScaled('1,234.567891', 6, FIGURE)).toEqual({ value: 1_234_567_891 });
    expect(readScaled('-12.5', 2, FIGURE)).toEqual({ value: -1250 });
    expect(readScaled('-0', 2, FIGURE)).toEqual({ value: 0 });
    expect(readScaled('100000000', 6, FIGURE)).toEqual({ value: 1e14 });
    expect(readScaled(null, 6, FIGURE)).toEqual({ value: null });
  });

  it('refuses more decimals than the scale, text, exponents and values out of bounds', () => {
    expect(readScaled('1.0000001', 6, FIGURE)).toEqual({ problem: '应为数字,最多 6 位小数' });
    expect(readScaled(12.5, 0, FIGURE)).toEqual({ problem: '应为整数' });
    expect(readScaled('-1', 2, { min: 0, max: 100 })).toEqual({ problem: '不能小于 0' });
    expect(readScaled('1.5', 0, { min: 0, max: 100 })).toEqual({ problem: '应为不小于 0 的整数' });
    expect(readScaled('一千', 6, FIGURE)).toEqual({ problem: '应为数字,最多 6 位小数' });
    expect(readScaled(1e-7, 6, FIGURE)).toEqual({ problem: '数值超出范围' });
    expect(readScaled(true, 6, FIGURE)).toEqual({ problem: '应为数字' });
    expect(readScaled('100000000.000001', 6, FIGURE)).toEqual({ problem: '不能大于 100000000' });
    expect(readScaled('-9999999999999999', 0, FIGURE)).toEqual({ problem: '不能小于 -100000000000000' });
  });

  it('writes back what it reads, negatives included', () => {
    for (const [value, scale] of [
      [0, 6],
      [1, 6],
      [1_234_500_000, 6],
      [-1_234_567_891, 6],
      [99_999_999_999_999, 2],
      [-5, 0],
    ] as const) {
      const text = decimalText(value, scale);
      expect(readScaled(text, scale, FIGURE), text).toEqual({ value });
      expect(readScaled(Number(text), scale, FIGURE), text).toEqual({ value });
    }
    expect(decimalText(1_234_500_000, 6)).toBe('1234.5');
    expect(decimalText(-50, 2)).toBe('-0.5');
  });
});
