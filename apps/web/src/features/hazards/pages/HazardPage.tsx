import { useState } from 'react';
import { useParams } from 'react-router';
import { Button, Card, Descriptions, Empty, Image, List, Space, Timeline } from 'antd';
import type { HazardCategory, HazardDetail } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY, formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FullPageSpin } from '../../../shared/ui/FullPageSpin';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { photoUrl } from '../../inspections/api';
import { hazardsApi } from '../api';
import {
  DeadlineModal,
  PlanModal,
  RectifyModal,
  ReinspectModal,
  SuperviseModal,
} from '../components/HazardActionModals';
import { HazardTags } from '../components/HazardTags';
import { useHazard } from '../hooks';
import { categoryKey, eventKey, gradeKey } from '../labels';

type Dialog = 'rectify' | 'close' | 'return' | 'supervise' | 'deadline' | 'plan' | null;

function Photos({ ids, label }: { ids: string[]; label: string }) {
  const t = useT();
  if (ids.length === 0) return <>{t('hazards.noPhotos')}</>;
  return (
    <Image.PreviewGroup>
      <Space wrap>
        {ids.map((id, i) => (
          <Image
            key={id}
            width={96}
            height={96}
            style={{ objectFit: 'cover' }}
            src={photoUrl(id)}
            alt={`${label} ${i + 1}`}
          />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

/** One hazard: facts, photos, plan, rectifications, notices, the timeline and the actions of the caller's role. */
export function HazardPage() {
  const { id = '' } = useParams();
  const t = useT();
  const can = useCan();
  const notifyError = useNotifyError();
  const query = useHazard(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <ApiErrorAlert error={query.error} />;
  const { hazard, plan, rectifications, events, notices }: HazardDetail = query.data;
  const open = hazard.status !== 'closed';
  const major = hazard.grade === 'major';
  const enterprise = can('hazard:rectify');
  const inspector = can('safety:inspect') && !enterprise;

  const actions = [
    enterprise && (hazard.status === 'registered' || hazard.status === 'returned') ? (
      <Button key="rectify" type="primary" onClick={() => setDialog('rectify')}>
        {t('hazards.action.rectify')}
      </Button>
    ) : null,
    open && major && (enterprise || inspector) ? (
      <Button key="plan" onClick={() => setDialog('plan')}>
        {t('hazards.action.plan')}
      </Button>
    ) : null,
    inspector && hazard.status === 'submitted' ? (
      <Button key="close" type="primary" onClick={() => setDialog('close')}>
        {t('hazards.action.close')}
      </Button>
    ) : null,
    inspector && hazard.status === 'submitted' ? (
      <Button key="return" danger onClick={() => setDialog('return')}>
        {t('hazards.action.return')}
      </Button>
    ) : null,
    open && major && can('safety:manage') && !enterprise ? (
      <Button key="supervise" onClick={() => setDialog('supervise')}>
        {t('hazards.action.supervise')}
      </Button>
    ) : null,
    open && inspector ? (
      <Button key="deadline" onClick={() => setDialog('deadline')}>
        {t('hazards.action.deadline')}
      </Button>
    ) : null,
  ].filter(Boolean);

  return (
    <PageContainer
      title={`${t('hazards.title')} ${hazard.code}`}
      description={hazard.enterpriseName}
      extra={<Space wrap>{actions}</Space>}
    >
      <Card title={t('hazards.facts')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('common.status')}>
            <HazardTags hazard={hazard} />
          </Descriptions.Item>
          <Descriptions.Item label={t('hazards.enterprise')}>{hazard.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label={t('hazards.location')}>{hazard.location}</Descriptions.Item>
          <Descriptions.Item label={t('hazards.category')}>
            {t(categoryKey(hazard.category as HazardCategory))}
          </Descriptions.Item>
          <Descriptions.Item label={t('hazards.gradeLabel')}>{t(gradeKey(hazard.grade))}</Descriptions.Item>
          <Descriptions.Item label={t('hazards.source')}>
            {t(`hazards.source.${hazard.source}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('hazards.foundOn')}>{hazard.foundOn}</Descriptions.Item>
          <Descriptions.Item label={t('hazards.deadline')}>{hazard.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('hazards.responsiblePerson')}>
            {hazard.responsiblePerson} {hazard.responsiblePhone ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('hazards.legalBasis')}>{hazard.legalBasis || EMPTY}</Descriptions.Item>
          {hazard.supervised ? (
            <Descriptions.Item label={t('hazards.supervisedLevel')}>
              {hazard.supervisedLevel}
            </Descriptions.Item>
          ) : null}
          {hazard.closedOn ? (
            <Descriptions.Item label={t('hazards.closedOn')}>{hazard.closedOn}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('hazards.description')} span={2}>
            {hazard.description}
          </Descriptions.Item>
          <Descriptions.Item label={t('hazards.photos')} span={2}>
            <Photos ids={hazard.photoFileIds} label={t('hazards.photos')} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {major ? (
        <Card title={t('hazards.action.plan')} style={{ marginBottom: 16 }}>
          {plan ? (
            <Descriptions column={1} size="small">
              {(
                ['objective', 'methods', 'funding', 'organisation', 'timeline', 'safetyMeasures'] as const
              ).map((p) => (
                <Descriptions.Item key={p} label={t(`hazards.plan.${p}`)}>
                  {plan[p]}
                </Descriptions.Item>
              ))}
            </Descriptions>
          ) : (
            <Empty description={t('hazards.noPlan')} />
          )}
        </Card>
      ) : null}
      <Card title={t('hazards.rectifications')} style={{ marginBottom: 16 }}>
        <List
          dataSource={rectifications}
          locale={{ emptyText: t('hazards.noRectifications') }}
          renderItem={(r) => (
            <List.Item>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('hazards.doneOn')}>{r.doneOn}</Descriptions.Item>
                <Descriptions.Item label={t('hazards.measures')}>{r.measures}</Descriptions.Item>
                <Descriptions.Item label={t('hazards.rectificationPhotos')}>
                  <Photos ids={r.photoFileIds} label={t('hazards.rectificationPhotos')} />
                </Descriptions.Item>
                <Descriptions.Item label={t('hazards.outcome')}>
                  {r.outcome
                    ? `${t(`hazards.outcome.${r.outcome}`)} ${r.reinspectedOn ?? ''} ${r.reason ?? ''}`
                    : t('hazards.outcome.pending')}
                </Descriptions.Item>
                {r.evaluation ? (
                  <Descriptions.Item label={t('hazards.evaluation')}>
                    {r.evaluation}({t('hazards.onSiteReviewOn')} {r.onSiteReviewOn})
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('menu.rectificationNotices')} style={{ marginBottom: 16 }}>
        <List
          dataSource={notices}
          locale={{ emptyText: t('hazards.noNotices') }}
          renderItem={(n) => (
            <List.Item
              actions={[
                <Button
                  key="download"
                  type="link"
                  aria-label={`${t('hazards.notice.download')} ${n.number}`}
                  onClick={() => hazardsApi.downloadNotice(n).catch(notifyError)}
                >
                  {t('hazards.notice.download')}
                </Button>,
              ]}
            >
              {n.number} · {n.issuingBody} · {n.issuedOn}
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('hazards.timeline')}>
        <Timeline
          items={events.map((e) => ({
            key: e.id,
            color:
              e.action === 'closed'
                ? 'green'
                : e.action === 'returned' || e.action === 'overdue' || e.action === 'escalated'
                  ? 'red'
                  : 'blue',
            children: (
              <>
                <strong>{t(eventKey(e.action))}</strong> {formatDateTime(e.at)}{' '}
                {e.actor ?? t('hazards.system')}
                {e.note ? <div>{e.note}</div> : null}
              </>
            ),
          }))}
        />
      </Card>
      {dialog === 'rectify' ? <RectifyModal hazard={hazard} onClose={() => setDialog(null)} /> : null}
      {dialog === 'close' || dialog === 'return' ? (
        <ReinspectModal hazard={hazard} outcome={dialog} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'supervise' ? <SuperviseModal hazard={hazard} onClose={() => setDialog(null)} /> : null}
      {dialog === 'deadline' ? <DeadlineModal hazard={hazard} onClose={() => setDialog(null)} /> : null}
      {dialog === 'plan' ? <PlanModal hazard={hazard} plan={plan} onClose={() => setDialog(null)} /> : null}
    </PageContainer>
  );
}
