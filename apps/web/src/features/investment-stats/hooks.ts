import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InvestmentDrillQuery, InvestmentStatsQuery } from '@kaifaqu/contracts';
import { investmentStatsApi } from './api';

/** Query keys of the investment figures. */
export const investmentStatsKeys = {
  all: ['investment-stats'] as const,
  summary: (query: InvestmentStatsQuery) => ['investment-stats', 'summary', query] as const,
  projects: (query: InvestmentDrillQuery) => ['investment-stats', 'projects', query] as const,
  targetProgress: (year: number, month: number) => ['investment-stats', 'targets', year, month] as const,
};

// Figures change whenever a project moves: they are fetched afresh each time the page opens.

/** The figures of a range; the previous answer stays on screen while a changed query loads. */
export function useInvestmentSummary(query: InvestmentStatsQuery) {
  return useQuery({
    queryKey: investmentStatsKeys.summary(query),
    queryFn: () => investmentStatsApi.summary(query),
    placeholderData: keepPreviousData,
  });
}

/** The projects behind a figure. */
export function useInvestmentProjects(query: InvestmentDrillQuery) {
  return useQuery({
    queryKey: investmentStatsKeys.projects(query),
    queryFn: () => investmentStatsApi.projects(query),
  });
}

/** Target progress of 1–`month`月 of `year`. */
export function useInvestmentTargets(year: number, month: number, enabled: boolean) {
  return useQuery({
    queryKey: investmentStatsKeys.targetProgress(year, month),
    queryFn: () => investmentStatsApi.targetProgress(year, month),
    enabled,
  });
}
