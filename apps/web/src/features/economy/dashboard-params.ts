import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../shared/format';

/** The indicators the dashboard shows unless the user picks others (企业填报 first, then department figures). */
export const DEFAULT_INDICATORS: readonly string[] = [
  'grossOutput',
  'valueAdded',
  'revenue',
  'tax',
  'profit',
  'fixedAssetInvestment',
  'generalBudgetRevenue',
  'retainedTaxRevenue',
];

/** What the dashboard's controls choose: months `fromMonth`…`toMonth` of `year`, the indicator set, the focus. */
export interface DashboardParams {
  year: number;
  fromMonth: number;
  toMonth: number;
  indicators: string[];
  /** The indicator of the trend chart, the breakdowns and the top enterprises. */
  focus: string;
}

const CODE = /^[a-z][A-Za-z0-9]{1,39}$/;

/** `YYYY-MM` of a year and month. */
export function periodOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Today's year and month in Asia/Shanghai. */
export function currentMonth(): { year: number; month: number } {
  const [year = '2000', month = '1'] = formatDate(new Date()).split('-');
  return { year: Number(year), month: Number(month) };
}

/** The month `back` months before this one (reports of the month before last are the latest approved). */
export function monthsAgo(back: number): { year: number; month: number } {
  const { year, month } = currentMonth();
  const index = year * 12 + (month - 1) - back;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function intIn(value: string | null, min: number, max: number): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Reads the controls from the address bar, falling back to January … the month before last. */
function parse(params: URLSearchParams): DashboardParams {
  const latest = monthsAgo(2);
  const year = intIn(params.get('year'), 2000, 2100) ?? latest.year;
  const toMonth = intIn(params.get('to'), 1, 12) ?? (year === latest.year ? latest.month : 12);
  const fromMonth = Math.min(intIn(params.get('from'), 1, 12) ?? 1, toMonth);
  const listed = (params.get('indicators') ?? '').split(',').filter((c) => CODE.test(c));
  const indicators = listed.length > 0 ? listed.slice(0, 30) : [...DEFAULT_INDICATORS];
  const focusParam = params.get('focus');
  const focus = focusParam && CODE.test(focusParam) ? focusParam : (indicators[0] ?? 'grossOutput');
  return { year, fromMonth, toMonth, indicators, focus };
}

/** The dashboard's controls kept in the address bar, so a link or the back button returns to the same view. */
export function useDashboardParams(): [DashboardParams, (change: Partial<DashboardParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parse(search), [search]);
  const update = useCallback(
    (change: Partial<DashboardParams>) => {
      const next = { ...parse(search), ...change };
      const out = new URLSearchParams();
      out.set('year', String(next.year));
      out.set('from', String(Math.min(next.fromMonth, next.toMonth)));
      out.set('to', String(next.toMonth));
      if (next.indicators.join(',') !== DEFAULT_INDICATORS.join(',')) {
        out.set('indicators', next.indicators.join(','));
      }
      out.set('focus', next.focus);
      setSearch(out, { replace: true });
    },
    [search, setSearch],
  );
  return [params, update];
}
