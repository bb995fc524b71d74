import { describe, expect, it } from 'vitest';
import { completionRate, progressGap, progressVerdict, timeElapsedProgress } from './targets.js';

describe('timeElapsedProgress', () => {
  it('is months elapsed / 12', () => {
    expect(timeElapsedProgress('2025-03')).toBe(0.25); // 3/12
    expect(timeElapsedProgress('2025-05')).toBe(5 / 12); // 0.41666… → shown 41.7%
    expect(timeElapsedProgress('2025-05')).toBeCloseTo(0.4166666666666667, 15);
    expect(timeElapsedProgress('2025-06')).toBe(0.5); // 6/12
    expect(timeElapsedProgress('2025-12')).toBe(1); // 12/12
  });
});

describe('completionRate', () => {
  it('is actual-to-date / annual target', () => {
    // 技改投资 target 10 亿元 = 10^11 分, 1–5月 actual 5.12 亿元 = 5.12 × 10^10 分 → 0.512.
    expect(completionRate(51_200_000_000, 100_000_000_000n)).toBe(0.512);
    expect(completionRate(130, 100)).toBe(1.3); // over-fulfilled
  });

  it('is null without a positive target', () => {
    expect(completionRate(100, 0)).toBeNull();
    expect(completionRate(100, -5)).toBeNull();
  });
});

describe('progressGap', () => {
  it('is in percentage points, positive when ahead of 序时进度', () => {
    // 51.2% − 5/12 = 51.2 − 41.666… = +9.533… points (shown +9.5).
    expect(progressGap(0.512, timeElapsedProgress('2025-05'))).toBeCloseTo(9.5333333333, 9);
    // 38.6% − 41.666…% = −3.066… points (shown −3.1).
    expect(progressGap(0.386, 5 / 12)).toBeCloseTo(-3.0666666667, 9);
    expect(progressGap(null, 0.5)).toBeNull();
  });
});

describe('progressVerdict', () => {
  it('says ahead, behind or on pace', () => {
    expect(progressVerdict(0.512, 5 / 12)).toBe('ahead');
    expect(progressVerdict(0.386, 5 / 12)).toBe('behind');
    expect(progressVerdict(completionRate(5, 12), 5 / 12)).toBe('onPace'); // 5/12 vs 5/12: gap 0
    expect(progressVerdict(null, 0.5)).toBeNull();
  });

  it('treats a gap within the tolerance as on pace, including exactly at it', () => {
    // 50.3% at June: +0.3 points, within 0.5.
    expect(progressVerdict(0.503, 0.5, 0.5)).toBe('onPace');
    // 51% at June: (0.51 − 0.5) × 100 = 1.0000000000000009 in floats; at a tolerance of 1 point it is on pace.
    expect(progressVerdict(0.51, 0.5, 1)).toBe('onPace');
    expect(progressVerdict(0.489, 0.5, 1)).toBe('behind');
  });
});
