import type {
  InvestmentDrillQuery,
  InvestmentDrillRow,
  InvestmentStatsQuery,
  InvestmentStatsSummary,
  TargetProgress,
} from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/** Calls of the investment figures (招商引资数据). */
export const investmentStatsApi = {
  /** Figures of a date range, optionally narrowed and grouped. */
  summary: (query: InvestmentStatsQuery) =>
    http.get<InvestmentStatsSummary>('/investment-stats/summary', { ...query }),
  /** The projects behind one figure. */
  projects: (query: InvestmentDrillQuery) =>
    http.get<InvestmentDrillRow[]>('/investment-stats/projects', { ...query }),
  /** Annual targets' 完成率 and 序时进度 for 1–`month`月 (targets module). */
  targetProgress: (year: number, month: number) =>
    http.get<TargetProgress[]>('/targets/progress', { year, month }),
};
