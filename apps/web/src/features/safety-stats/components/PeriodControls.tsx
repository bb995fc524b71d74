import { Segmented, Select, Space } from 'antd';
import { useT } from '../../../shared/i18n';
import { currentQuarter, type PeriodMode, type SafetyPeriod } from '../period';

/** 本季度 / 季度 / 年度, with the year and quarter choosers when they apply. */
export function PeriodControls({
  value,
  onChange,
}: {
  value: SafetyPeriod;
  onChange: (next: Partial<SafetyPeriod>) => void;
}) {
  const t = useT();
  const now = currentQuarter();
  const years = Array.from({ length: 6 }, (_, i) => now.year - i);
  return (
    <Space wrap className="kfq-safety-period">
      <Segmented<PeriodMode>
        aria-label={t('safetyStats.periodMode')}
        value={value.mode}
        onChange={(mode) => onChange({ mode })}
        options={[
          { value: 'thisQuarter', label: t('safetyStats.thisQuarter') },
          { value: 'quarter', label: t('safetyStats.quarter') },
          { value: 'year', label: t('safetyStats.year') },
        ]}
      />
      {value.mode === 'thisQuarter' ? null : (
        <Select
          aria-label={t('safetyStats.year')}
          value={value.year}
          onChange={(year) => onChange({ year })}
          options={years.map((y) => ({ value: y, label: t('safetyStats.yearLabel', { year: y }) }))}
          style={{ width: 110 }}
        />
      )}
      {value.mode === 'quarter' ? (
        <Select
          aria-label={t('safetyStats.quarter')}
          value={value.quarter}
          onChange={(quarter) => onChange({ quarter })}
          options={[1, 2, 3, 4].map((q) => ({
            value: q,
            label: t('safetyStats.quarterLabel', { quarter: q }),
          }))}
          style={{ width: 120 }}
        />
      ) : null}
    </Space>
  );
}
