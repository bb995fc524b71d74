import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format';
import { useLocale, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useStations } from '../hooks';
import { formatReading, inCatalogueOrder, pollutantName } from '../pollutants';

/** 最新监测数据: each station's latest reading per pollutant, those beyond a limit in red (dashboard card). */
export function LatestReadingsCard() {
  const t = useT();
  const { locale } = useLocale();
  const stations = useStations();
  return (
    <Card
      title={t('env.card.latest')}
      size="small"
      extra={<Link to="/monitoring">{t('env.card.more')}</Link>}
      loading={stations.isPending}
    >
      {stations.isError ? <ApiErrorAlert error={stations.error} /> : null}
      {stations.data && stations.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('env.station.empty')} />
      ) : (
        <List
          size="small"
          dataSource={(stations.data ?? []).filter((s) => s.active)}
          renderItem={(s) => {
            const last = s.latest.reduce((m, r) => (r.measuredAt > m ? r.measuredAt : m), '');
            return (
              <List.Item>
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    <Typography.Text strong>{s.name}</Typography.Text>
                    {s.openAlarmCount > 0 ? (
                      <Tag color="red">{t('env.station.openAlarms', { count: s.openAlarmCount })}</Tag>
                    ) : null}
                    <Typography.Text type="secondary">
                      {last ? formatDateTime(last) : t('env.noReadings')}
                    </Typography.Text>
                  </Space>
                  <Space wrap size={[12, 0]}>
                    {inCatalogueOrder(s.latest).map((r) => (
                      <Typography.Text key={r.pollutant} type={r.exceeded ? 'danger' : undefined}>
                        {pollutantName(r.pollutant, locale)}{' '}
                        {formatReading(
                          r.value,
                          s.thresholds.find((th) => th.pollutant === r.pollutant)?.unit ?? '',
                        )}
                      </Typography.Text>
                    ))}
                  </Space>
                </Space>
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
