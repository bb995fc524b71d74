import { DatePicker, Form, Select } from 'antd';
import dayjs from 'dayjs';
import type { Indicator } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { DEFAULT_INDICATORS, type DashboardParams } from '../dashboard-params';

/** Props of {@link DashboardControls}. */
export interface DashboardControlsProps {
  value: DashboardParams;
  /** The catalogue, for choosing the set; without it the set keeps the default codes. */
  catalogue: Indicator[] | undefined;
  onChange: (change: Partial<DashboardParams>) => void;
}

/** The dashboard's controls: year, months 1–N (from … to, within the year), and the indicator set. */
export function DashboardControls({ value, catalogue, onChange }: DashboardControlsProps) {
  const t = useT();
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: i + 1,
    label: t('economy.monthShort', { month: i + 1 }),
  }));
  const options = (catalogue ?? [])
    .filter((i) => i.status === 'active' || value.indicators.includes(i.code))
    .map((i) => ({ value: i.code, label: i.name }));
  const known = new Set(options.map((o) => o.value));
  // Codes in the set that the catalogue does not list (or before it loads) still show, by code.
  for (const code of value.indicators) if (!known.has(code)) options.push({ value: code, label: code });
  return (
    <Form layout="inline" className="kfq-filters kfq-economy-controls">
      <Form.Item label={t('economy.year')}>
        <DatePicker
          picker="year"
          allowClear={false}
          value={dayjs(`${value.year}-01-01`)}
          onChange={(d) => (d ? onChange({ year: d.year() }) : undefined)}
          aria-label={t('economy.year')}
        />
      </Form.Item>
      <Form.Item label={t('economy.months')}>
        <Select
          className="kfq-month-select"
          value={value.fromMonth}
          options={months.map((m) => ({ ...m, disabled: m.value > value.toMonth }))}
          onChange={(fromMonth: number) => onChange({ fromMonth })}
          aria-label={t('economy.fromMonth')}
        />
        <span className="kfq-range-dash">—</span>
        <Select
          className="kfq-month-select"
          value={value.toMonth}
          options={months}
          onChange={(toMonth: number) => onChange({ toMonth, fromMonth: Math.min(value.fromMonth, toMonth) })}
          aria-label={t('economy.toMonth')}
        />
      </Form.Item>
      <Form.Item label={t('economy.indicatorSet')} className="kfq-indicator-set">
        <Select
          mode="multiple"
          maxTagCount="responsive"
          value={value.indicators}
          options={options}
          optionFilterProp="label"
          onChange={(codes: string[]) =>
            onChange({ indicators: codes.length > 0 ? codes : [...DEFAULT_INDICATORS] })
          }
          aria-label={t('economy.indicatorSet')}
        />
      </Form.Item>
    </Form>
  );
}
