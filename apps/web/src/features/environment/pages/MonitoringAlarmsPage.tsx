import { useState } from 'react';
import { Button, Form, Select, Space, Table, type TableColumnsType } from 'antd';
import type { AlarmStatus, MonitoringAlarm } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY, formatDateTime } from '../../../shared/format';
import { useLocale, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { AcknowledgeModal, HazardModal } from '../components/AlarmHandleModals';
import { AlarmStatusTag } from '../components/AlarmStatusTag';
import { useAlarms } from '../hooks';
import { formatReading, pollutantName } from '../pollutants';

/** 报警: monitoring alarms; staff acknowledge them or turn an outlet's alarm into a hazard. */
export function MonitoringAlarmsPage() {
  const t = useT();
  const { locale } = useLocale();
  const can = useCan();
  const manage = can('env:manage');
  const [status, setStatus] = useState<AlarmStatus | 'all'>('open');
  const alarms = useAlarms(status === 'all' ? {} : { status });
  const [handling, setHandling] = useState<{ alarm: MonitoringAlarm; action: 'ack' | 'hazard' } | null>(null);

  const columns: TableColumnsType<MonitoringAlarm> = [
    { title: t('env.station.name'), dataIndex: 'stationName', width: 180, ellipsis: true },
    {
      title: t('env.pollutant'),
      dataIndex: 'pollutant',
      width: 110,
      render: (p: string) => pollutantName(p, locale),
    },
    {
      title: t('env.alarm.limit'),
      key: 'limit',
      width: 110,
      render: (_, a) => `${a.limitKind === 'upper' ? '>' : '<'} ${formatReading(a.limit, '')}`,
    },
    {
      title: t('env.alarm.firstValue'),
      dataIndex: 'firstValue',
      width: 100,
      align: 'right',
      render: (v: number) => formatReading(v, ''),
    },
    {
      title: t('env.alarm.lastValue'),
      dataIndex: 'lastValue',
      width: 100,
      align: 'right',
      render: (v: number) => formatReading(v, ''),
    },
    { title: t('env.alarm.count'), dataIndex: 'count', width: 80, align: 'right' },
    {
      title: t('env.alarm.raisedAt'),
      dataIndex: 'raisedAt',
      width: 160,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('env.alarm.lastAt'),
      dataIndex: 'lastAt',
      width: 160,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: AlarmStatus) => <AlarmStatusTag status={s} />,
    },
    {
      title: t('env.alarm.note'),
      dataIndex: 'note',
      ellipsis: true,
      render: (v: string | null) => v || EMPTY,
    },
  ];
  if (manage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_, a) =>
        a.status === 'open' ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setHandling({ alarm: a, action: 'ack' })}>
              {t('env.alarm.acknowledge')}
            </Button>
            {a.enterpriseId ? (
              <Button
                type="link"
                size="small"
                danger
                onClick={() => setHandling({ alarm: a, action: 'hazard' })}
              >
                {t('env.alarm.toHazard')}
              </Button>
            ) : null}
          </Space>
        ) : null,
    });
  }

  const statuses: (AlarmStatus | 'all')[] = ['open', 'acknowledged', 'hazardRaised', 'all'];
  return (
    <PageContainer title={t('menu.monitoringAlarms')} description={t('env.alarm.pageDescription')}>
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('common.status')}>
          <Select
            value={status}
            onChange={setStatus}
            style={{ width: 160 }}
            aria-label={t('common.status')}
            options={statuses.map((s) => ({ value: s, label: t(`env.alarm.status.${s}`) }))}
          />
        </Form.Item>
      </Form>
      {alarms.isError ? <ApiErrorAlert error={alarms.error} /> : null}
      <Table<MonitoringAlarm>
        rowKey="id"
        columns={columns}
        dataSource={alarms.data ?? []}
        loading={alarms.isFetching}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 1400 }}
        locale={{ emptyText: t('env.alarm.empty') }}
      />
      {handling?.action === 'ack' ? (
        <AcknowledgeModal alarm={handling.alarm} onClose={() => setHandling(null)} />
      ) : null}
      {handling?.action === 'hazard' ? (
        <HazardModal alarm={handling.alarm} onClose={() => setHandling(null)} />
      ) : null}
    </PageContainer>
  );
}
