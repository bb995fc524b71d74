import { useState } from 'react';
import {
  Button,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { FundingSource, FundingSourceKind, ProjectDetail } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { formatWan } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FormModal } from '../../../shared/ui/FormModal';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { schedulingApi } from '../api';
import { FUNDING_KINDS, fenToWanText, fundingKindKey, twoDecimalsRule, wanToFen } from '../display';
import { useFunding, useSchedulingMutation } from '../hooks';

interface Values {
  source: FundingSourceKind;
  amount: string;
  arrived: string;
  note?: string;
}

/** 资金来源 of a government works project (专项债, 中央预算内资金, 自筹 …), summed against the budget. */
export function FundingTab({ project }: { project: ProjectDetail }) {
  const t = useT();
  const can = useCan();
  const notifyError = useNotifyError();
  const funding = useFunding(project.id, true);
  const [editing, setEditing] = useState<FundingSource | null | undefined>(undefined);
  const remove = useSchedulingMutation((s: FundingSource) =>
    schedulingApi.deleteFunding(project.id, s.id, s.version),
  );
  const save = useSchedulingMutation((v: Values) => {
    const body = {
      source: v.source,
      amountFen: wanToFen(v.amount) ?? 0,
      arrivedFen: wanToFen(v.arrived) ?? 0,
      note: v.note?.trim() ?? '',
    };
    return editing
      ? schedulingApi.updateFunding(project.id, editing.id, { ...body, version: editing.version })
      : schedulingApi.createFunding(project.id, body);
  });
  const data = funding.data;
  const manage = can('schedule:manage');
  const amountRule = twoDecimalsRule(t('progress.amountFormat'), true);

  const columns: TableColumnsType<FundingSource> = [
    {
      title: t('funding.source'),
      dataIndex: 'source',
      render: (s: FundingSourceKind) => t(fundingKindKey(s)),
    },
    { title: t('funding.amount'), dataIndex: 'amountFen', align: 'right', render: formatWan },
    { title: t('funding.arrived'), dataIndex: 'arrivedFen', align: 'right', render: formatWan },
    { title: t('funding.note'), dataIndex: 'note', ellipsis: true },
  ];
  if (manage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, s) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(s)}>
            {t('action.edit')}
          </Button>
          <Popconfirm
            title={t('funding.deleteConfirm')}
            okText={t('action.ok')}
            cancelText={t('action.cancel')}
            onConfirm={() => remove.mutate(s, { onError: notifyError })}
          >
            <Button type="link" size="small" danger>
              {t('funding.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });

  return (
    <>
      {funding.isError ? <ApiErrorAlert error={funding.error} /> : null}
      {data ? (
        <Descriptions size="small" column={4} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('funding.budget')}>{formatWan(data.budgetFen)}</Descriptions.Item>
          <Descriptions.Item label={t('funding.total')}>{formatWan(data.totalFen)}</Descriptions.Item>
          <Descriptions.Item label={t('funding.arrivedTotal')}>
            {formatWan(data.arrivedFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('funding.gap')}>
            {formatWan(Math.max(0, data.budgetFen - data.totalFen))}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {manage ? (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing(null)}>
          {t('funding.add')}
        </Button>
      ) : null}
      <Table<FundingSource>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={funding.isFetching}
        pagination={false}
        locale={{ emptyText: t('funding.empty') }}
      />
      {editing !== undefined ? (
        <FormModal<Values>
          title={editing ? t('funding.edit') : t('funding.add')}
          initialValues={
            editing
              ? {
                  source: editing.source,
                  amount: fenToWanText(editing.amountFen),
                  arrived: fenToWanText(editing.arrivedFen),
                  note: editing.note,
                }
              : { source: 'specialBond', arrived: '0' }
          }
          onSubmit={(v) => save.mutate(v, { onSuccess: () => setEditing(undefined) })}
          onCancel={() => setEditing(undefined)}
          submitting={save.isPending}
          error={save.error}
        >
          <Form.Item name="source" label={t('funding.source')} rules={[{ required: true }]}>
            <Select options={FUNDING_KINDS.map((k) => ({ value: k, label: t(fundingKindKey(k)) }))} />
          </Form.Item>
          <Form.Item name="amount" label={t('funding.amount')} rules={[{ required: true }, amountRule]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="arrived" label={t('funding.arrived')} rules={[{ required: true }, amountRule]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="note" label={t('funding.note')} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
        </FormModal>
      ) : null}
    </>
  );
}
