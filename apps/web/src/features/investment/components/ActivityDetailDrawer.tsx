import { Descriptions, Drawer, Spin, Typography } from 'antd';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useActivity } from '../hooks';
import { activityKindKey, counterpartsKey, placeKey } from '../labels';
import { ProjectBriefTable } from './ProjectBriefTable';

/** One activity; a 推介会 lists the projects signed there (those in the caller's scope). */
export function ActivityDetailDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const { data, error, isLoading } = useActivity(id);
  return (
    <Drawer open width={720} title={data?.title ?? t('investment.activity.detail')} onClose={onClose}>
      {error ? <ApiErrorAlert error={error} /> : null}
      {isLoading ? <Spin /> : null}
      {data ? (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('investment.activity.kind')}>
              {t(activityKindKey(data.kind))}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.activity.dates')}>
              {data.startedOn === data.endedOn ? data.startedOn : `${data.startedOn} ~ ${data.endedOn}`}
            </Descriptions.Item>
            <Descriptions.Item label={t(placeKey(data.kind))}>{data.place || EMPTY}</Descriptions.Item>
            <Descriptions.Item label={t('investment.activity.participants')}>
              {data.participants || EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t(counterpartsKey(data.kind))}>
              {data.counterparts || EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.activity.investors')}>
              {data.investors.map((i) => i.name).join('、') || EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.activity.outcome')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {data.outcome || EMPTY}
              </Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
          {data.kind === 'promotionEvent' ? (
            <>
              <Typography.Title level={5}>{t('investment.activity.signedProjects')}</Typography.Title>
              <ProjectBriefTable projects={data.signedProjects} />
            </>
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
