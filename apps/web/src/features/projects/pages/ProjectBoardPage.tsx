import { useMemo, useState } from 'react';
import { Badge, Button, Card, Empty, Form, Select, Space, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { projectStages, type Project, type ProjectKind, type ProjectStage } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY, formatWan, formatYi } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { STAGE_COLOR, stageKey, unitKey } from '../display';
import { useProjects } from '../hooks';
import { StageDialog } from '../components/StageDialog';

const COLUMNS: ProjectStage[] = [...projectStages, 'terminated'];

/** The next pipeline stage, or undefined at 达产 and 终止. */
function nextStage(stage: ProjectStage, kind: ProjectKind): ProjectStage | undefined {
  const i = projectStages.indexOf(stage as (typeof projectStages)[number]);
  if (i < 0 || i === projectStages.length - 1) return undefined;
  return kind === 'government' && i < 2 ? 'signed' : projectStages[i + 1];
}

/** 项目看板: one column per stage with its count and planned investment; cards open the project page. */
export function ProjectBoardPage() {
  const t = useT();
  const can = useCan();
  const manage = can('project:manage');
  const [kind, setKind] = useState<ProjectKind>('investment');
  const projects = useProjects({ kind, page: 1, pageSize: 200 });
  const [moving, setMoving] = useState<{ project: Project; stage?: ProjectStage } | null>(null);

  const byStage = useMemo(() => {
    const map = new Map<ProjectStage, Project[]>(COLUMNS.map((s) => [s, []]));
    for (const p of projects.data?.items ?? []) map.get(p.stage)?.push(p);
    return map;
  }, [projects.data]);

  return (
    <PageContainer title={t('menu.projectBoard')} description={t('projects.boardDescription')}>
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('projects.kind')}>
          <Select<ProjectKind>
            style={{ width: 140 }}
            value={kind}
            onChange={setKind}
            options={(['investment', 'government'] as const).map((k) => ({
              value: k,
              label: t(`projects.kind.${k}`),
            }))}
          />
        </Form.Item>
      </Form>
      {projects.error ? <ApiErrorAlert error={projects.error} /> : null}
      <div style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }}>
        {COLUMNS.map((stage) => {
          const items = byStage.get(stage) ?? [];
          const sum = items.reduce((n, p) => n + p.plannedInvestmentCnyFen, 0);
          return (
            <Card
              key={stage}
              size="small"
              style={{ minWidth: 230, flex: '0 0 230px', background: '#fafafa' }}
              title={
                <Space direction="vertical" size={0}>
                  <Tag color={STAGE_COLOR[stage]}>{t(stageKey(stage))}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('projects.count', { count: items.length })} ·{' '}
                    {t('projects.sumYi', { amount: formatYi(sum) })}
                  </Typography.Text>
                </Space>
              }
            >
              <Space direction="vertical" style={{ width: '100%' }}>
                {items.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={false} />
                ) : null}
                {items.map((p) => {
                  const next = nextStage(p.stage, p.kind);
                  return (
                    <Card key={p.id} size="small" hoverable>
                      <Link to={`/projects/${p.id}`}>
                        <Typography.Text strong>{p.name}</Typography.Text>
                      </Link>{' '}
                      {p.warnings > 0 ? <Badge count={p.warnings} /> : null}
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {p.investor?.name ?? EMPTY} · {formatWan(p.plannedInvestment)}{' '}
                          {t(unitKey(p.currency))}
                        </Typography.Text>
                      </div>
                      {manage ? (
                        <Space size={0} style={{ marginTop: 4 }}>
                          {next ? (
                            <Button
                              size="small"
                              type="link"
                              onClick={() => setMoving({ project: p, stage: next })}
                            >
                              {t(stageKey(next))} <RightOutlined />
                            </Button>
                          ) : null}
                          <Button size="small" type="link" onClick={() => setMoving({ project: p })}>
                            {t('projects.move')}
                          </Button>
                        </Space>
                      ) : null}
                    </Card>
                  );
                })}
              </Space>
            </Card>
          );
        })}
      </div>
      {moving ? (
        <StageDialog project={moving.project} initialStage={moving.stage} onClose={() => setMoving(null)} />
      ) : null}
    </PageContainer>
  );
}
