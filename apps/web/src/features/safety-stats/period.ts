import { useSearchParams } from 'react-router';

/** How the dashboard picks its period. */
export type PeriodMode = 'thisQuarter' | 'quarter' | 'year';

/** The dashboard's period, kept in the address so a view can be shared. */
export interface SafetyPeriod {
  mode: PeriodMode;
  year: number;
  quarter: number;
}

/** Today's year and quarter in Asia/Shanghai. */
export function currentQuarter(now = new Date()): { year: number; quarter: number } {
  const shanghai = new Date(now.getTime() + 8 * 3_600_000);
  return { year: shanghai.getUTCFullYear(), quarter: Math.floor(shanghai.getUTCMonth() / 3) + 1 };
}

/** The `period` the API takes: `2026Q2` or `2026`. */
export function periodParam(p: SafetyPeriod): string {
  if (p.mode === 'year') return String(p.year);
  if (p.mode === 'thisQuarter') {
    const now = currentQuarter();
    return `${now.year}Q${now.quarter}`;
  }
  return `${p.year}Q${p.quarter}`;
}

/** Reads and updates the period of the address (?mode=&year=&quarter=). */
export function useSafetyPeriod(): [SafetyPeriod, (next: Partial<SafetyPeriod>) => void] {
  const [params, setParams] = useSearchParams();
  const now = currentQuarter();
  const mode = params.get('mode');
  const year = Number(params.get('year'));
  const quarter = Number(params.get('quarter'));
  const period: SafetyPeriod = {
    mode: mode === 'quarter' || mode === 'year' ? mode : 'thisQuarter',
    year: year >= 2000 && year <= 2100 ? year : now.year,
    quarter: quarter >= 1 && quarter <= 4 ? quarter : now.quarter,
  };
  const update = (next: Partial<SafetyPeriod>) => {
    const merged = { ...period, ...next };
    setParams(
      { mode: merged.mode, year: String(merged.year), quarter: String(merged.quarter) },
      { replace: true },
    );
  };
  return [period, update];
}
