import { useMemo, useState } from 'react';
import { DatePicker, Form } from 'antd';
import dayjs from 'dayjs';
import { useCan } from '../../auth/hooks';
import { nameMap } from '../../auth/scope';
import { useDepartments } from '../../organisation/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { ZoneFiguresTable } from '../components/ZoneFiguresTable';
import { monthsAgo, periodOf } from '../dashboard-params';
import { useZoneFigures } from '../hooks';

/** 全区指标录入: departments enter the zone-level figures of a month (一般公共预算收入, 实际利用外资 …). */
export function ZoneFiguresPage() {
  const t = useT();
  const can = useCan();
  const [period, setPeriod] = useState(() => {
    const last = monthsAgo(1);
    return periodOf(last.year, last.month);
  });
  const figures = useZoneFigures(period);
  const departments = useDepartments(can('org:read'));
  const departmentNames = useMemo(() => nameMap(departments.data), [departments.data]);
  return (
    <PageContainer title={t('menu.zoneFigures')} description={t('zoneFigure.description')}>
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('zoneFigure.period')}>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${period}-01`)}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
            onChange={(d) => (d ? setPeriod(d.format('YYYY-MM')) : undefined)}
            aria-label={t('zoneFigure.period')}
          />
        </Form.Item>
      </Form>
      {figures.isError ? <ApiErrorAlert error={figures.error} /> : null}
      <ZoneFiguresTable
        key={period}
        period={period}
        figures={figures.data ?? []}
        loading={figures.isFetching}
        departmentNames={departmentNames}
      />
    </PageContainer>
  );
}
