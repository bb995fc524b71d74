import type {
  Indicator,
  IndicatorCreateBody,
  IndicatorUpdateBody,
  ReportTask,
  StatsSummary,
  StatsSummaryQuery,
  StatsTrend,
  StatsTrendQuery,
  TargetProgress,
  ZoneFigure,
  ZoneFigureBody,
} from '@kaifaqu/contracts';
import { downloadFile } from '../../shared/download';
import { http } from '../../shared/http';

/** Calls of the economic figures: summaries and trends, zone figures, the catalogue, reporting progress. */
export const economyApi = {
  /** Figures of months from…to of one year, optionally grouped or narrowed to one group. */
  summary: (query: StatsSummaryQuery) => http.get<StatsSummary>('/stats/summary', { ...query }),
  /** Saves the same table as Excel. */
  downloadSummary: (query: StatsSummaryQuery, fallbackName: string) =>
    downloadFile('/stats/summary.xlsx', fallbackName, { ...query }),
  /** Monthly cumulative values of one indicator across the years up to `toYear`. */
  trend: (query: StatsTrendQuery) => http.get<StatsTrend>('/stats/trend', { ...query }),
  /** The reporting tasks of a year, with their counts by status. */
  reportTasks: (year: number) => http.get<ReportTask[]>('/report-tasks', { year }),
  /** Annual targets' 完成率 and 序时进度 for months 1…month (targets module). */
  targetProgress: (year: number, month: number) =>
    http.get<TargetProgress[]>('/targets/progress', { year, month }),
  /** Every department-reported indicator of a month, entered or not. */
  zoneFigures: (period: string) => http.get<ZoneFigure[]>('/zone-figures', { period }),
  /** Enters or corrects one zone figure (version null for the first entry of the month). */
  saveZoneFigure: (code: string, period: string, body: ZoneFigureBody) =>
    http.put<ZoneFigure>(`/zone-figures/${encodeURIComponent(code)}/${period}`, body),
  /** The indicator catalogue. */
  indicators: () => http.get<Indicator[]>('/indicators'),
  /** Adds an indicator. */
  createIndicator: (body: IndicatorCreateBody) => http.post<Indicator>('/indicators', body),
  /** Changes or archives an indicator. */
  updateIndicator: (id: string, body: IndicatorUpdateBody) => http.put<Indicator>(`/indicators/${id}`, body),
};
