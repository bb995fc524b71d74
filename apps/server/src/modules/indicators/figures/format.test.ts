import { describe, expect, it } from 'vitest';
import { describeProgress, formatRatePercent, formatWanYuan, formatYiYuan } from './format.js';

describe('formatRatePercent', () => {
  it('shows one decimal with a percent sign', () => {
    expect(formatRatePercent(0.331)).toBe('33.1%');
    expect(formatRatePercent(-0.042)).toBe('-4.2%');
    expect(formatRatePercent(0)).toBe('0.0%');
    expect(formatRatePercent(12.5)).toBe('1250.0%');
    expect(formatRatePercent(5 / 12)).toBe('41.7%'); // 41.666…
  });

  it('rounds .5 away from zero on the decimal the ratio stands for', () => {
    // 0.0425 is stored as 0.042499999…; on paper 4.25% → 4.3%.
    expect(formatRatePercent(0.0425)).toBe('4.3%');
    expect(formatRatePercent(-0.0425)).toBe('-4.3%');
    expect(formatRatePercent(0.3315)).toBe('33.2%');
    expect(formatRatePercent(1.005)).toBe('100.5%');
    expect(formatRatePercent(0.12345)).toBe('12.3%');
    expect(formatRatePercent(0.1 + 0.2)).toBe('30.0%'); // 0.30000000000000004
  });

  it('shows no sign on a rate that rounds to zero', () => {
    expect(formatRatePercent(-0.0004)).toBe('0.0%');
    expect(formatRatePercent(-0)).toBe('0.0%');
  });

  it('shows "—" when there is no number', () => {
    expect(formatRatePercent(null)).toBe('—');
    expect(formatRatePercent(Number.NaN)).toBe('—');
    expect(formatRatePercent(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatWanYuan and formatYiYuan', () => {
  it('convert 分 with two decimals', () => {
    // 1亿元 = 10^8 元 = 10^10 分: 201 500 000 000 分 = 2 015 000 000 元 = 20.15亿元.
    expect(formatYiYuan(201_500_000_000)).toBe('20.15亿元');
    // 2 015 000 000 分 is 20 150 000 元 = 2015万元 = 0.2015亿元 → 0.20亿元 (not 20.15亿元: that is 2 015 000 000 元).
    expect(formatYiYuan(2_015_000_000)).toBe('0.20亿元');
    expect(formatWanYuan(2_015_000_000)).toBe('2015.00万元');
    // 152 736 000 分 = 1 527 360 元 = 152.736万元 → 152.74万元.
    expect(formatWanYuan(152_736_000)).toBe('152.74万元');
    // 1 527 360 000 分 = 15 273 600 元 = 1527.36万元.
    expect(formatWanYuan(1_527_360_000)).toBe('1527.36万元');
    expect(formatWanYuan(0)).toBe('0.00万元');
  });

  it('round .5 away from zero in integers', () => {
    expect(formatWanYuan(152_735_000)).toBe('152.74万元'); // 152.735 → up
    expect(formatWanYuan(-152_735_000)).toBe('-152.74万元'); // away from zero
    expect(formatWanYuan(152_734_999)).toBe('152.73万元'); // 152.734999
    expect(formatYiYuan(201_450_000_000)).toBe('20.15亿元'); // 20.145 → up
    expect(formatWanYuan(-4_000)).toBe('0.00万元'); // −0.004 rounds to zero, unsigned
  });

  it('stay exact beyond 2^53 and honour the decimals asked for', () => {
    // 123 456 789 012 345 678 分 / 10^10 = 12 345 678.9012345678亿元.
    expect(formatYiYuan(123_456_789_012_345_678n)).toBe('12345678.90亿元');
    expect(formatWanYuan(1_500_000, 0)).toBe('2万元'); // 1.5万 → 2
    expect(formatWanYuan(152_736_000, 4)).toBe('152.7360万元');
    expect(formatYiYuan(201_500_000_000, 1)).toBe('20.2亿元'); // 20.15 → 20.2
  });

  it('refuse a fractional 分 value', () => {
    expect(() => formatWanYuan(100.5)).toThrow(RangeError);
  });
});

describe('describeProgress', () => {
  it('quotes completion and the gap to 序时进度', () => {
    // 51.2% at 1–5月: 51.2 − 41.666… = +9.53 → 9.5.
    expect(describeProgress(0.512, 5 / 12)).toBe('完成全年目标任务的51.2%,超序时进度9.5个百分点');
    // 38.6% at 1–5月: 38.6 − 41.666… = −3.07 → 3.1.
    expect(describeProgress(0.386, 5 / 12)).toBe('完成全年目标任务的38.6%,低于序时进度3.1个百分点');
  });

  it('says 持平 when the gap rounds to 0.0', () => {
    expect(describeProgress(0.5004, 0.5)).toBe('完成全年目标任务的50.0%,与序时进度持平');
  });

  it('says there is no target when the rate is null', () => {
    expect(describeProgress(null, 0.5)).toBe('未设定全年目标');
  });
});
