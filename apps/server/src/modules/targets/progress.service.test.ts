import { describe, expect, it } from 'vitest';
import { roundPoints, standingOf } from './progress.service.js';

describe('roundPoints', () => {
  it('rounds percentage points to one decimal, half away from zero, never to -0', () => {
    expect(roundPoints((0.4 - 5 / 12) * 100)).toBe(-1.7);
    expect(roundPoints((0.3 - 0.25) * 100)).toBe(5);
    expect(roundPoints(0.15)).toBe(0.2);
    expect(roundPoints(-0.15)).toBe(-0.2);
    expect(roundPoints(0.04999)).toBe(0);
    expect(Object.is(roundPoints(-0.04), 0)).toBe(true);
  });
});

describe('standingOf', () => {
  it('reads the rounded gap, so a gap shown as 0.0 is on pace', () => {
    expect(standingOf(1.7)).toBe('ahead');
    expect(standingOf(-0.1)).toBe('behind');
    expect(standingOf(roundPoints(0.04))).toBe('onPace');
    expect(standingOf(null)).toBe('unknown');
  });
});
