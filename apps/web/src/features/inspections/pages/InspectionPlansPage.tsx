import { useState } from 'react';
import {
  App,
  Button,
  Form,
  Popconfirm,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { InspectionPlan, InspectionPlanListQuery, PlanEnterprise } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { NewInspectionModal } from '../components/NewInspectionModal';
import { PlanFormModal } from '../components/PlanFormModal';
import { useClosePlan, usePlan, usePlans } from '../hooks';
import { kindKey, optionLists, planFlavour } from '../labels';

/** 检查计划: plans with their progress; a plan's row opens its enterprises and starts inspections. */
export function InspectionPlansPage() {
  const t = useT();
  const can = useCan();
  const manage = can('safety:manage');
  const [query, setQuery] = useState<InspectionPlanListQuery>({ page: 1, pageSize: 20, status: 'active' });
  const plans = usePlans(query);
  // undefined: closed; null: creating; an id: editing it.
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const editedPlan = usePlan(editing ?? undefined);
  const { kinds } = optionLists(t);
  const set = (patch: Partial<InspectionPlanListQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));

  const columns: TableColumnsType<InspectionPlan> = [
    { title: t('inspections.plans.title'), dataIndex: 'title', width: 220 },
    {
      title: t('inspections.kind'),
      key: 'kind',
      width: 200,
      render: (_, p) => (
        <Space size={4} wrap>
          <Tag>{t(kindKey(p.kind))}</Tag>
          {planFlavour(p, t)}
        </Space>
      ),
    },
    {
      title: t('inspections.plans.period'),
      key: 'period',
      width: 200,
      render: (_, p) => `${p.startsOn} ~ ${p.endsOn}`,
    },
    {
      title: t('inspections.plans.progress'),
      key: 'progress',
      width: 180,
      render: (_, p) => (
        <Progress
          size="small"
          percent={p.plannedCount ? Math.round((p.inspectedCount / p.plannedCount) * 100) : 0}
          format={() =>
            t('inspections.plans.progressText', { done: p.inspectedCount, total: p.plannedCount })
          }
        />
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: InspectionPlan['status']) => (
        <Tag color={s === 'active' ? 'blue' : 'default'}>{t(`inspections.plans.status.${s}`)}</Tag>
      ),
    },
  ];
  if (manage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, p) =>
        p.status === 'active' ? <PlanActions plan={p} onEdit={() => setEditing(p.id)} /> : null,
    });

  return (
    <PageContainer
      title={t('menu.inspectionPlans')}
      description={t('inspections.plans.description')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('inspections.plans.new')}
          </Button>
        ) : undefined
      }
    >
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('inspections.kind')}>
          <Select
            allowClear
            aria-label={t('inspections.kind')}
            style={{ minWidth: 120 }}
            options={kinds}
            value={query.kind}
            onChange={(v?: InspectionPlan['kind']) => set({ kind: v })}
          />
        </Form.Item>
        <Form.Item label={t('common.status')}>
          <Select
            allowClear
            aria-label={t('common.status')}
            style={{ minWidth: 100 }}
            value={query.status}
            options={[
              { value: 'active', label: t('inspections.plans.status.active') },
              { value: 'closed', label: t('inspections.plans.status.closed') },
            ]}
            onChange={(v?: InspectionPlan['status']) => set({ status: v })}
          />
        </Form.Item>
      </Form>
      {plans.isError ? <ApiErrorAlert error={plans.error} /> : null}
      <Table<InspectionPlan>
        rowKey="id"
        columns={columns}
        dataSource={plans.data?.items ?? []}
        loading={plans.isFetching}
        scroll={{ x: 1040 }}
        locale={{ emptyText: t('inspections.plans.empty') }}
        expandable={{
          expandedRowRender: (p) => <PlanEnterprises planId={p.id} active={p.status === 'active'} />,
        }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: plans.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {editing === null ? <PlanFormModal plan={null} onClose={() => setEditing(undefined)} /> : null}
      {editing && editedPlan.data ? (
        <PlanFormModal plan={editedPlan.data} onClose={() => setEditing(undefined)} />
      ) : null}
    </PageContainer>
  );
}

function PlanActions({ plan, onEdit }: { plan: InspectionPlan; onEdit: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const close = useClosePlan();
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit} aria-label={`${t('action.edit')} ${plan.title}`}>
        {t('action.edit')}
      </Button>
      <Popconfirm
        title={t('inspections.plans.closeConfirm')}
        okText={t('action.ok')}
        cancelText={t('action.cancel')}
        onConfirm={() =>
          close.mutate(
            { id: plan.id, version: plan.version },
            { onSuccess: () => void message.success(t('common.saved')), onError: notifyError },
          )
        }
      >
        <Button type="link" size="small" danger aria-label={`${t('inspections.plans.close')} ${plan.title}`}>
          {t('inspections.plans.close')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** The enterprises of a plan with the date each was last inspected; inspectors start one from here. */
function PlanEnterprises({ planId, active }: { planId: string; active: boolean }) {
  const t = useT();
  const can = useCan();
  const plan = usePlan(planId);
  const [starting, setStarting] = useState<PlanEnterprise | null>(null);
  const columns: TableColumnsType<PlanEnterprise> = [
    { title: t('inspections.enterprise'), dataIndex: 'enterpriseName' },
    {
      title: t('inspections.plans.lastInspected'),
      dataIndex: 'lastInspectedOn',
      render: (d: string | null) => d ?? <Tag>{t('inspections.plans.notYet')}</Tag>,
    },
  ];
  if (active && can('safety:inspect'))
    columns.push({
      title: t('common.actions'),
      key: 'start',
      render: (_, e) => (
        <Button
          size="small"
          onClick={() => setStarting(e)}
          aria-label={`${t('inspections.start')} ${e.enterpriseName}`}
        >
          {t('inspections.start')}
        </Button>
      ),
    });
  if (plan.isError) return <ApiErrorAlert error={plan.error} />;
  return (
    <>
      <Table<PlanEnterprise>
        size="small"
        rowKey="enterpriseId"
        columns={columns}
        dataSource={plan.data?.enterprises ?? []}
        loading={plan.isFetching}
        pagination={false}
      />
      {starting ? (
        <NewInspectionModal
          preset={{ planId, enterpriseId: starting.enterpriseId, enterpriseName: starting.enterpriseName }}
          onClose={() => setStarting(null)}
        />
      ) : null}
    </>
  );
}
