import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Row,
  Space,
  Spin,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import type { ProjectDetail } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useSchedulingTabs } from '../../scheduling/project-tabs';
import { EMPTY, formatDateTime, formatWan } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { STAGE_COLOR, stageKey, typeKey, unitKey, warningKey, worksKey } from '../display';
import { useProject } from '../hooks';
import { AgreementsTab } from '../components/AgreementsTab';
import { EnterpriseLinkModal } from '../components/EnterpriseLinkModal';
import { FundsTab } from '../components/FundsTab';
import { ProjectFormModal } from '../components/ProjectFormModal';
import { StageDialog } from '../components/StageDialog';

type Dialog = 'edit' | 'stage' | 'link' | null;

/** The facts of a project in the page header. */
function Facts({ p }: { p: ProjectDetail }) {
  const t = useT();
  const unit = t(unitKey(p.currency));
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }}>
      <Descriptions.Item label={t('projects.code')}>{p.code}</Descriptions.Item>
      <Descriptions.Item label={t('projects.kind')}>
        {t(`projects.kind.${p.kind}`)} ·{' '}
        {p.worksCategory ? t(worksKey(p.worksCategory)) : t(typeKey(p.projectType))}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.investor')}>{p.investor?.name ?? EMPTY}</Descriptions.Item>
      <Descriptions.Item label={t('projects.planned')}>
        {formatWan(p.plannedInvestment)} {unit}
        {p.currency === 'USD' ? ` (${formatWan(p.plannedInvestmentCnyFen)} ${t('projects.unit.CNY')})` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.signedAmount')}>
        {p.signedAmount === null ? EMPTY : `${formatWan(p.signedAmount)} ${unit}`}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.industry')}>{p.industryCode ?? EMPTY}</Descriptions.Item>
      <Descriptions.Item label={t('projects.subPark')}>{p.subParkName ?? EMPTY}</Descriptions.Item>
      <Descriptions.Item label={t('projects.leader')}>{p.leaderName || EMPTY}</Descriptions.Item>
      <Descriptions.Item label={t('projects.owner')}>{p.ownerName ?? EMPTY}</Descriptions.Item>
      <Descriptions.Item label={t('projects.enterprise')}>
        {p.enterpriseId ? <Link to={`/enterprises/${p.enterpriseId}`}>{p.enterpriseName}</Link> : EMPTY}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 项目页: facts, warnings, the dated stage history, agreements with 履约, funds in place and scheduling. */
export function ProjectPage() {
  const t = useT();
  const can = useCan();
  const manage = can('project:manage');
  const { id = '' } = useParams();
  const project = useProject(id);
  const schedulingTabs = useSchedulingTabs(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const p = project.data;

  if (project.error) return <ApiErrorAlert error={project.error} />;
  if (!p) return <Spin />;

  const warnings = p.agreements.flatMap((a) => a.compliance.warnings.map((w) => ({ a, w })));
  return (
    <PageContainer
      title={
        <Space>
          {p.name}
          <Tag color={STAGE_COLOR[p.stage]}>{t(stageKey(p.stage))}</Tag>
          {p.isKey ? <Tag color="volcano">{t('projects.isKey')}</Tag> : null}
        </Space>
      }
      extra={
        manage ? (
          <Space>
            <Button type="primary" onClick={() => setDialog('stage')}>
              {t('projects.move')}
            </Button>
            <Button onClick={() => setDialog('edit')}>{t('action.edit')}</Button>
            {p.kind === 'investment' ? (
              <Button onClick={() => setDialog('link')}>{t('projects.link')}</Button>
            ) : null}
          </Space>
        ) : undefined
      }
    >
      {warnings.map(({ a, w }) => (
        <Alert
          key={`${a.id}-${w}`}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message={`${a.title}: ${t(warningKey(w))}`}
        />
      ))}
      {p.stage === 'terminated' && p.terminationReason ? (
        <Alert
          type="error"
          style={{ marginBottom: 8 }}
          message={`${t('projects.terminationReason')}: ${p.terminationReason}`}
        />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} lg={17}>
          <Card size="small" title={t('projects.facts')} style={{ marginBottom: 16 }}>
            <Facts p={p} />
          </Card>
          <Card size="small">
            <Tabs
              items={[
                {
                  key: 'agreements',
                  label: t('projects.tab.agreements'),
                  children: <AgreementsTab project={p} manage={manage} />,
                },
                {
                  key: 'funds',
                  label: t('projects.tab.funds'),
                  children: <FundsTab project={p} manage={manage} />,
                },
                {
                  key: 'description',
                  label: t('projects.tab.description'),
                  children: (
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                      {p.description || EMPTY}
                    </Typography.Paragraph>
                  ),
                },
                ...schedulingTabs,
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={7}>
          <Card size="small" title={t('projects.history')}>
            <Timeline
              items={[...p.stageHistory].reverse().map((e) => ({
                key: e.id,
                color: e.stage === 'terminated' ? 'red' : e.fromStage && e.note ? 'orange' : 'blue',
                children: (
                  <>
                    <Typography.Text strong>{e.enteredOn}</Typography.Text>{' '}
                    <Tag color={STAGE_COLOR[e.stage]}>{t(stageKey(e.stage))}</Tag>
                    {e.note ? <div>{e.note}</div> : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.recordedBy ? t('projects.recordedBy', { name: e.recordedBy }) : ''}{' '}
                      {formatDateTime(e.recordedAt)}
                    </Typography.Text>
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      {dialog === 'edit' ? <ProjectFormModal project={p} onClose={() => setDialog(null)} /> : null}
      {dialog === 'stage' ? <StageDialog project={p} onClose={() => setDialog(null)} /> : null}
      {dialog === 'link' ? <EnterpriseLinkModal project={p} onClose={() => setDialog(null)} /> : null}
    </PageContainer>
  );
}
