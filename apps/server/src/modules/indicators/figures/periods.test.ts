import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import {
  addMonths,
  halfRange,
  isPeriod,
  monthsElapsed,
  monthsOfRange,
  nextMonth,
  parsePeriod,
  periodOf,
  previousMonth,
  quarterRange,
  sameMonthLastYear,
  yearOf,
  yearRange,
  yearToDate,
} from './periods.js';

describe('parsePeriod', () => {
  it('accepts YYYY-MM and returns it unchanged', () => {
    expect(parsePeriod('2025-05')).toBe('2025-05');
    expect(isPeriod('1999-12')).toBe(true);
  });

  it.each(['2025-13', '2025-00', '2025-5', '25-05', '2025/05', '2025-05-01', ' 2025-05', ''])(
    'refuses "%s" with a 400',
    (text) => {
      expect(isPeriod(text)).toBe(false);
      try {
        parsePeriod(text);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).statusCode).toBe(400);
      }
    },
  );
});

describe('period arithmetic', () => {
  it('reads the year and the months elapsed', () => {
    expect(yearOf('2025-05')).toBe(2025);
    expect(monthsElapsed('2025-05')).toBe(5);
    expect(monthsElapsed('2025-12')).toBe(12);
  });

  it('steps across the year boundary', () => {
    expect(previousMonth('2025-01')).toBe('2024-12');
    expect(nextMonth('2024-12')).toBe('2025-01');
    expect(previousMonth('2025-10')).toBe('2025-09');
    expect(addMonths('2025-05', -17)).toBe('2023-12');
  });

  it('finds the same month of last year', () => {
    expect(sameMonthLastYear('2025-02')).toBe('2024-02');
  });

  it('builds a period from numbers and refuses month 13', () => {
    expect(periodOf(2025, 3)).toBe('2025-03');
    expect(() => periodOf(2025, 13)).toThrow(RangeError);
  });
});

describe('monthsOfRange', () => {
  it('lists every month, both ends included, across a year boundary', () => {
    expect(monthsOfRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsOfRange('2025-05', '2025-05')).toEqual(['2025-05']);
  });

  it('refuses a reversed range with a 400', () => {
    expect(() => monthsOfRange('2025-06', '2025-05')).toThrow(AppError);
  });
});

describe('quarter, half and year ranges', () => {
  it('are ranges of months', () => {
    expect(quarterRange(2025, 1)).toEqual({ from: '2025-01', to: '2025-03' });
    expect(quarterRange(2025, 4)).toEqual({ from: '2025-10', to: '2025-12' });
    expect(halfRange(2025, 1)).toEqual({ from: '2025-01', to: '2025-06' });
    expect(halfRange(2025, 2)).toEqual({ from: '2025-07', to: '2025-12' });
    expect(yearRange(2025)).toEqual({ from: '2025-01', to: '2025-12' });
    expect(yearToDate('2025-05')).toEqual({ from: '2025-01', to: '2025-05' });
    expect(monthsOfRange(quarterRange(2025, 2).from, quarterRange(2025, 2).to)).toHaveLength(3);
  });
});
