import type { EnterpriseCategory, ReportStatus } from '@kaifaqu/contracts';

/** A monthly reporting task (填报任务) for the enterprises of a category. */
export interface ReportTaskTable {
  id: string;
  period: string;
  enterprise_category: EnterpriseCategory;
  title: string;
  deadline: string;
  status: 'open' | 'closed';
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One enterprise's report of a month. Group columns are fixed when the task opens. */
export interface EnterpriseReportTable {
  id: string;
  task_id: string;
  period: string;
  enterprise_category: EnterpriseCategory;
  enterprise_id: string;
  sub_park_id: string | null;
  /** GB/T 4754 大类 of the enterprise's industry. */
  industry_division: string;
  status: ReportStatus;
  /** JSON list of { indicatorCode, text } (情况说明). */
  explanations: string;
  return_comment: string;
  submitted_at: string | null;
  submitted_by: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  revision_count: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One indicator value of a report: value × 10^scale, exact. */
export interface ReportValueTable {
  report_id: string;
  indicator_id: string;
  cumulative: number | null;
  previous_year: number | null;
}

/** A recorded correction of an approved report (修订). */
export interface ReportRevisionTable {
  id: string;
  report_id: string;
  indicator_id: string;
  old_cumulative: number | null;
  new_cumulative: number | null;
  old_previous_year: number | null;
  new_previous_year: number | null;
  reason: string;
  revised_by: string | null;
  revised_at: string;
}

/**
 * Sums of approved report values per indicator, month and group, kept in the same transaction as
 * every approval and revision. `sub_park_key` is '' for enterprises without a sub-park.
 */
export interface IndicatorRollupTable {
  indicator_id: string;
  period: string;
  enterprise_category: EnterpriseCategory;
  sub_park_key: string;
  industry_division: string;
  cumulative_sum: number;
  previous_sum: number;
  reporters: number;
}

/** A zone-level figure entered by a department (全区指标). */
export interface ZoneFigureTable {
  indicator_id: string;
  period: string;
  cumulative: number;
  previous_year: number | null;
  entered_by: string | null;
  entered_at: string;
  version: number;
}

declare module '../../../platform/db/database.js' {
  interface Database {
    report_tasks: ReportTaskTable;
    enterprise_reports: EnterpriseReportTable;
    report_values: ReportValueTable;
    report_revisions: ReportRevisionTable;
    indicator_rollups: IndicatorRollupTable;
    zone_figures: ZoneFigureTable;
  }
}
