import { Badge, Card, Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format';
import { useLocale, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useAlarms } from '../hooks';
import { formatReading, pollutantName } from '../pollutants';

/** 未处理报警: the open monitoring alarms, newest first (dashboard card). */
export function OpenAlarmsCard() {
  const t = useT();
  const { locale } = useLocale();
  const alarms = useAlarms({ status: 'open' });
  const count = alarms.data?.length ?? 0;
  return (
    <Card
      title={
        <span>
          {t('env.card.openAlarms')} <Badge count={count} showZero color={count ? 'red' : 'green'} />
        </span>
      }
      size="small"
      extra={<Link to="/monitoring-alarms">{t('env.card.more')}</Link>}
      loading={alarms.isPending}
    >
      {alarms.isError ? <ApiErrorAlert error={alarms.error} /> : null}
      {alarms.data && count === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('env.alarm.noneOpen')} />
      ) : (
        <List
          size="small"
          dataSource={(alarms.data ?? []).slice(0, 8)}
          renderItem={(a) => (
            <List.Item>
              <List.Item.Meta
                title={`${a.stationName} · ${pollutantName(a.pollutant, locale)}`}
                description={
                  <Typography.Text type="danger">
                    {t(a.limitKind === 'upper' ? 'env.alarm.above' : 'env.alarm.below', {
                      value: formatReading(a.lastValue, ''),
                      limit: formatReading(a.limit, ''),
                    })}
                    {' · '}
                    {formatDateTime(a.lastAt)}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
