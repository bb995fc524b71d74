import { useState } from 'react';
import { Badge, Button, Form, Input, Select, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import {
  projectStages,
  projectTypes,
  type Project,
  type ProjectKind,
  type ProjectListQuery,
  type ProjectStage,
  type ProjectType,
} from '@kaifaqu/contracts';
import { useCan, useMe } from '../../auth/hooks';
import { useSubParks } from '../../organisation/hooks';
import { EMPTY, formatWan } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { STAGE_COLOR, stageKey, typeKey, unitKey } from '../display';
import { useProjects } from '../hooks';
import { ProjectFormModal } from '../components/ProjectFormModal';

/** Size bands offered by the filter, in 万元 of planned investment. */
const SIZE_BANDS = [2000, 10000, 100000] as const;

/** 项目库: every project in the caller's scope with filters by stage, size, industry, type and owner. */
export function ProjectsPage() {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const manage = can('project:manage');
  const [query, setQuery] = useState<ProjectListQuery>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const projects = useProjects(query);
  const subParks = useSubParks(can('org:read'));
  const set = (patch: Partial<ProjectListQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));

  const columns: TableColumnsType<Project> = [
    { title: t('projects.code'), dataIndex: 'code', width: 120 },
    {
      title: t('projects.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <Link to={`/projects/${p.id}`}>
          {name} {p.isKey ? <Tag color="volcano">{t('projects.isKey')}</Tag> : null}
        </Link>
      ),
    },
    {
      title: t('projects.investor'),
      key: 'investor',
      width: 160,
      render: (_, p) => p.investor?.name ?? EMPTY,
    },
    {
      title: t('projects.type'),
      dataIndex: 'projectType',
      width: 100,
      render: (v: ProjectType) => t(typeKey(v)),
    },
    {
      title: t('projects.stage'),
      dataIndex: 'stage',
      width: 100,
      render: (s: ProjectStage) => <Tag color={STAGE_COLOR[s]}>{t(stageKey(s))}</Tag>,
    },
    { title: t('projects.stageSince'), dataIndex: 'stageSince', width: 110 },
    {
      title: t('projects.planned'),
      key: 'planned',
      align: 'right',
      width: 160,
      render: (_, p) => `${formatWan(p.plannedInvestment)} ${t(unitKey(p.currency))}`,
    },
    {
      title: t('projects.owner'),
      dataIndex: 'ownerName',
      width: 100,
      render: (v: string | null) => v ?? EMPTY,
    },
    {
      title: t('projects.warnings'),
      dataIndex: 'warnings',
      width: 90,
      align: 'center',
      render: (n: number) => (n > 0 ? <Badge count={n} /> : EMPTY),
    },
  ];

  return (
    <PageContainer
      title={t('menu.projects')}
      description={t('projects.description')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('projects.create')}
          </Button>
        ) : undefined
      }
    >
      <Form layout="inline" className="kfq-filters">
        <Form.Item>
          <Input.Search
            allowClear
            placeholder={t('projects.keyword')}
            onSearch={(q) => set({ q: q.trim() || undefined })}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item label={t('projects.stage')}>
          <Select<ProjectStage>
            allowClear
            style={{ width: 120 }}
            placeholder={t('projects.all')}
            value={query.stage}
            onChange={(stage) => set({ stage })}
            options={[...projectStages, 'terminated' as const].map((s) => ({
              value: s,
              label: t(stageKey(s)),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('projects.size')}>
          <Select<number>
            allowClear
            style={{ width: 120 }}
            placeholder={t('projects.all')}
            value={query.minInvestmentWan}
            onChange={(minInvestmentWan) => set({ minInvestmentWan })}
            options={SIZE_BANDS.map((b) => ({ value: b, label: t(`projects.size.${b}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('projects.type')}>
          <Select<ProjectType>
            allowClear
            style={{ width: 130 }}
            placeholder={t('projects.all')}
            value={query.projectType}
            onChange={(projectType) => set({ projectType })}
            options={projectTypes.map((p) => ({ value: p, label: t(typeKey(p)) }))}
          />
        </Form.Item>
        <Form.Item label={t('projects.kind')}>
          <Select<ProjectKind>
            allowClear
            style={{ width: 120 }}
            placeholder={t('projects.all')}
            value={query.kind}
            onChange={(kind) => set({ kind })}
            options={(['investment', 'government'] as const).map((k) => ({
              value: k,
              label: t(`projects.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('projects.industry')}>
          <Input
            allowClear
            style={{ width: 90 }}
            onChange={(e) => {
              const v = e.target.value.trim();
              if (v === '' || /^\d{1,4}$/.test(v)) set({ industry: v || undefined });
            }}
          />
        </Form.Item>
        {subParks.data ? (
          <Form.Item label={t('projects.subPark')}>
            <Select<string>
              allowClear
              style={{ width: 140 }}
              placeholder={t('projects.all')}
              value={query.subParkId}
              onChange={(subParkId) => set({ subParkId })}
              options={subParks.data.map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item label={t('projects.owner')}>
          <Switch
            checked={query.ownerUserId === me.id}
            onChange={(mine) => set({ ownerUserId: mine ? me.id : undefined })}
            checkedChildren={t('projects.ownerMe', { name: me.displayName })}
            unCheckedChildren={t('projects.all')}
          />
        </Form.Item>
        <Form.Item label={t('projects.isKey')}>
          <Switch checked={query.isKey === true} onChange={(k) => set({ isKey: k ? true : undefined })} />
        </Form.Item>
      </Form>
      {projects.error ? <ApiErrorAlert error={projects.error} /> : null}
      <Table<Project>
        rowKey="id"
        size="middle"
        loading={projects.isFetching}
        dataSource={projects.data?.items ?? []}
        columns={columns}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('projects.empty') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: projects.data?.total ?? 0,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {creating ? <ProjectFormModal project={null} onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
