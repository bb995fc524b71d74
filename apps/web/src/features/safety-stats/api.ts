import type { SafetyStats, SafetyStatsQuery, SafetyTrend } from '@kaifaqu/contracts';
import { downloadFile } from '../../shared/download';
import { http } from '../../shared/http';

/** Calls of the safety figures. */
export const safetyStatsApi = {
  /** The figures of a period, optionally split by a group. */
  stats: (query: SafetyStatsQuery) => http.get<SafetyStats>('/safety-stats', { ...query }),
  /** Saves the same table as Excel. */
  download: (query: SafetyStatsQuery, fallbackName: string) =>
    downloadFile('/safety-stats.xlsx', fallbackName, { ...query }),
  /** Hazards found and closed in each month of a year. */
  trend: (year: number) => http.get<SafetyTrend>('/safety-stats/trend', { year }),
};
