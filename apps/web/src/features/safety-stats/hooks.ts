import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SafetyStatsQuery } from '@kaifaqu/contracts';
import { safetyStatsApi } from './api';

/** Query keys of the safety figures. */
export const safetyStatsKeys = {
  all: ['safety-stats'] as const,
  stats: (query: SafetyStatsQuery) => ['safety-stats', 'stats', query] as const,
  trend: (year: number) => ['safety-stats', 'trend', year] as const,
};

/** The figures of a period; the previous answer stays on screen while a changed query loads. */
export function useSafetyStats(query: SafetyStatsQuery) {
  return useQuery({
    queryKey: safetyStatsKeys.stats(query),
    queryFn: () => safetyStatsApi.stats(query),
    placeholderData: keepPreviousData,
  });
}

/** Hazards found and closed per month of a year. */
export function useSafetyTrend(year: number) {
  return useQuery({
    queryKey: safetyStatsKeys.trend(year),
    queryFn: () => safetyStatsApi.trend(year),
    placeholderData: keepPreviousData,
  });
}
