import { useState } from 'react';
import { Badge, Button, Card, Col, Empty, Popconfirm, Row, Segmented, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { MonitoringStation } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { formatDateTime } from '../../../shared/format';
import { useLocale, useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { ReadingChart } from '../components/ReadingChart';
import { StationFormModal } from '../components/StationFormModal';
import { StationKeyModal } from '../components/StationKeyModal';
import { useRotateKey, useStations } from '../hooks';
import { formatReading, inCatalogueOrder, pollutantName } from '../pollutants';

/** One station: its latest readings, a 7-day chart of the chosen pollutant, and staff actions. */
function StationCard({
  station,
  manage,
  onEdit,
  onKey,
}: {
  station: MonitoringStation;
  manage: boolean;
  onEdit: () => void;
  onKey: (apiKey: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const notifyError = useNotifyError();
  const rotate = useRotateKey();
  const pollutants = inCatalogueOrder(station.thresholds).map((th) => th.pollutant as string);
  // Start on a pollutant beyond its limit, if any, so the chart shows what the alarm is about.
  const [pollutant, setPollutant] = useState<string | undefined>(
    () => station.latest.find((r) => r.exceeded)?.pollutant ?? pollutants[0],
  );
  const threshold = station.thresholds.find((th) => th.pollutant === pollutant);
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{station.name}</span>
          <Typography.Text type="secondary">{station.code}</Typography.Text>
          <Tag>{t(`env.station.kind.${station.kind}`)}</Tag>
          {!station.active ? <Tag>{t('env.station.inactive')}</Tag> : null}
          {station.openAlarmCount > 0 ? (
            <Badge count={station.openAlarmCount} title={t('env.card.openAlarms')} />
          ) : null}
        </Space>
      }
      extra={
        manage ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={onEdit}>
              {t('action.edit')}
            </Button>
            <Popconfirm
              title={t('env.station.rotateConfirm')}
              okText={t('action.ok')}
              cancelText={t('action.cancel')}
              onConfirm={() =>
                rotate.mutate(
                  { id: station.id, version: station.version },
                  { onSuccess: (answer) => onKey(answer.apiKey), onError: notifyError },
                )
              }
            >
              <Button type="link" size="small">
                {t('env.station.rotate')}
              </Button>
            </Popconfirm>
          </Space>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {[station.enterpriseName, station.location].filter(Boolean).join(' · ')}
      </Typography.Paragraph>
      <Space wrap size={[12, 4]} style={{ marginBottom: 8 }}>
        {station.latest.length === 0 ? (
          <Typography.Text type="secondary">{t('env.noReadings')}</Typography.Text>
        ) : null}
        {inCatalogueOrder(station.latest).map((r) => (
          <Typography.Text
            key={r.pollutant}
            type={r.exceeded ? 'danger' : undefined}
            title={formatDateTime(r.measuredAt)}
          >
            {pollutantName(r.pollutant, locale)}{' '}
            {formatReading(
              r.value,
              station.thresholds.find((th) => th.pollutant === r.pollutant)?.unit ?? '',
            )}
          </Typography.Text>
        ))}
      </Space>
      {pollutant ? (
        <>
          <Segmented
            size="small"
            value={pollutant}
            onChange={(v) => setPollutant(String(v))}
            options={pollutants.map((p) => ({ value: p, label: pollutantName(p, locale) }))}
          />
          <ReadingChart stationId={station.id} pollutant={pollutant} threshold={threshold} />
        </>
      ) : null}
    </Card>
  );
}

/** 环境监测: air-quality stations and enterprise outlets with latest readings and 7-day charts. */
export function MonitoringPage() {
  const t = useT();
  const can = useCan();
  const manage = can('env:manage');
  const stations = useStations();
  const [editing, setEditing] = useState<MonitoringStation | null | undefined>(undefined);
  const [shownKey, setShownKey] = useState<string | null>(null);

  return (
    <PageContainer
      title={t('menu.monitoring')}
      description={t('env.station.description')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('env.station.create')}
          </Button>
        ) : undefined
      }
    >
      {stations.isError ? <ApiErrorAlert error={stations.error} /> : null}
      {stations.data && stations.data.length === 0 ? <Empty description={t('env.station.empty')} /> : null}
      <Row gutter={[16, 16]}>
        {(stations.data ?? []).map((s) => (
          <Col key={s.id} xs={24} xl={12}>
            <StationCard station={s} manage={manage} onEdit={() => setEditing(s)} onKey={setShownKey} />
          </Col>
        ))}
      </Row>
      {editing !== undefined ? (
        <StationFormModal
          station={editing}
          onClose={() => setEditing(undefined)}
          onCreated={(apiKey) => {
            setEditing(undefined);
            setShownKey(apiKey);
          }}
        />
      ) : null}
      {shownKey ? <StationKeyModal apiKey={shownKey} onClose={() => setShownKey(null)} /> : null}
    </PageContainer>
  );
}
