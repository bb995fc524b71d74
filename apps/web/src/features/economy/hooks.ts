import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IndicatorCreateBody,
  IndicatorUpdateBody,
  StatsSummaryQuery,
  StatsTrendQuery,
  TargetProgress,
  ZoneFigureBody,
} from '@kaifaqu/contracts';
import { isApiError } from '../../shared/http';
import { refetchIfStale } from '../../shared/query';
import { economyApi } from './api';

/** Query keys of the economic figures; a saved zone figure or indicator refreshes everything under `economy`. */
export const economyKeys = {
  all: ['economy'] as const,
  summary: (query: StatsSummaryQuery) => ['economy', 'summary', query] as const,
  trend: (query: StatsTrendQuery) => ['economy', 'trend', query] as const,
  reportTasks: (year: number) => ['economy', 'report-tasks', year] as const,
  targetProgress: (year: number, month: number) => ['economy', 'target-progress', year, month] as const,
  zoneFigures: (period: string) => ['economy', 'zone-figures', period] as const,
  indicators: ['economy', 'indicators'] as const,
};

/** A summary of the figures; the previous answer stays on screen while a changed query loads. */
export function useStatsSummary(query: StatsSummaryQuery, enabled = true) {
  return useQuery({
    queryKey: economyKeys.summary(query),
    queryFn: () => economyApi.summary(query),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One indicator's monthly cumulative values across years. */
export function useStatsTrend(query: StatsTrendQuery, enabled = true) {
  return useQuery({
    queryKey: economyKeys.trend(query),
    queryFn: () => economyApi.trend(query),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The reporting tasks of a year (needs report:read). */
export function useReportTasks(year: number, enabled: boolean) {
  return useQuery({
    queryKey: economyKeys.reportTasks(year),
    queryFn: () => economyApi.reportTasks(year),
    enabled,
  });
}

/**
 * Targets' progress of a month, by indicator code. Targets are optional: when the call is refused (403) or
 * the module is absent (404) the answer is an empty map and the cards simply show no progress line.
 */
export function useTargetProgress(year: number, month: number, enabled: boolean) {
  return useQuery({
    queryKey: economyKeys.targetProgress(year, month),
    queryFn: async (): Promise<Map<string, TargetProgress>> => {
      try {
        const rows = await economyApi.targetProgress(year, month);
        return new Map(rows.filter((r) => r.subjectKind === 'indicator').map((r) => [r.subjectCode, r]));
      } catch (error) {
        if (isApiError(error) && (error.status === 403 || error.status === 404)) return new Map();
        throw error;
      }
    },
    enabled,
    retry: false,
    staleTime: 300_000,
  });
}

/** The zone figures of a month. */
export function useZoneFigures(period: string) {
  return useQuery({
    queryKey: economyKeys.zoneFigures(period),
    queryFn: () => economyApi.zoneFigures(period),
  });
}

/** Enters one zone figure; the month's list and every summary are refreshed, a stale version refetches. */
export function useSaveZoneFigure(period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: ZoneFigureBody }) =>
      economyApi.saveZoneFigure(code, period, body),
    onSuccess: () => client.invalidateQueries({ queryKey: economyKeys.all }),
    onError: (error) => refetchIfStale(client, economyKeys.zoneFigures(period), error),
  });
}

/** The indicator catalogue (needs indicator:read); it changes rarely. */
export function useIndicators(enabled = true) {
  return useQuery({
    queryKey: economyKeys.indicators,
    queryFn: economyApi.indicators,
    enabled,
    staleTime: 300_000,
  });
}

/** Adds and changes indicators; each refreshes the catalogue, a stale version refetches it. */
export function useIndicatorMutations() {
  const client = useQueryClient();
  const options = {
    onSuccess: () => client.invalidateQueries({ queryKey: economyKeys.all }),
    onError: (error: unknown) => refetchIfStale(client, economyKeys.indicators, error),
  };
  return {
    create: useMutation({
      mutationFn: (body: IndicatorCreateBody) => economyApi.createIndicator(body),
      ...options,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: IndicatorUpdateBody }) =>
        economyApi.updateIndicator(id, body),
      ...options,
    }),
  };
}
