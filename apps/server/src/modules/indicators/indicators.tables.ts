/** A row of the indicator catalogue. */
export interface IndicatorTable {
  id: string;
  code: string;
  name: string;
  unit: string;
  scale: number;
  kind: 'flow' | 'stock';
  reporter: 'enterprise' | 'department';
  enterprise_category: string | null;
  frequency: 'monthly' | 'quarterly' | 'yearly';
  lead_department_id: string | null;
  cooperating_department_ids: string;
  alarm_growth_bp: number | null;
  excellence_growth_bp: number | null;
  status: 'active' | 'archived';
  sort_order: number;
  version: number;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    indicators: IndicatorTable;
  }
}
