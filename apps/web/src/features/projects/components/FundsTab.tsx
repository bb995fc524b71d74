import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { fundsOrigins, type FundsOrigin, type ProjectDetail, type ProjectFunds } from '@kaifaqu/contracts';
import { fenToWanText, wanToFen } from '../../enterprises/money';
import { formatWan } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { originKey } from '../display';
import { useProjectMutations } from '../hooks';

interface Values {
  period: Dayjs;
  origin: FundsOrigin;
  amountWan: string;
  usdWan?: string;
  note?: string;
}

/** Records the funds in place of a month and origin (replacing that month's figure). */
function FundsModal({
  projectId,
  funds,
  onClose,
}: {
  projectId: string;
  funds: ProjectFunds | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { upsertFunds } = useProjectMutations();
  const origin = Form.useWatch('origin', form) ?? funds?.origin;
  const amountRule = {
    validator: (_: unknown, text?: string) =>
      !text?.trim() || wanToFen(text) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(t('projects.amountFormat'))),
  };
  const submit = (v: Values) =>
    upsertFunds.mutate(
      {
        id: projectId,
        body: {
          period: v.period.format('YYYY-MM'),
          origin: v.origin,
          amountCnyFen: wanToFen(v.amountWan) ?? 0,
          amountUsdCents: v.origin === 'foreign' && v.usdWan ? wanToFen(v.usdWan) : null,
          note: v.note ?? '',
        },
      },
      { onSuccess: onClose },
    );
  return (
    <FormModal<Values>
      form={form}
      title={t('projects.funds.record')}
      initialValues={
        funds
          ? {
              period: dayjs(`${funds.period}-01`),
              origin: funds.origin,
              amountWan: fenToWanText(funds.amountCnyFen),
              usdWan: funds.amountUsdCents === null ? undefined : fenToWanText(funds.amountUsdCents),
              note: funds.note,
            }
          : { period: dayjs(), origin: 'inProvince' }
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={upsertFunds.isPending}
      error={upsertFunds.error}
    >
      <Form.Item name="period" label={t('projects.funds.period')} rules={[{ required: true }]}>
        <DatePicker
          picker="month"
          disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="origin" label={t('projects.funds.origin')} rules={[{ required: true }]}>
        <Select options={fundsOrigins.map((o) => ({ value: o, label: t(originKey(o)) }))} />
      </Form.Item>
      <Form.Item
        name="amountWan"
        label={t('projects.funds.amountWan')}
        rules={[{ required: true, whitespace: true }, amountRule]}
      >
        <Input inputMode="decimal" />
      </Form.Item>
      {origin === 'foreign' ? (
        <Form.Item
          name="usdWan"
          label={t('projects.funds.amountUsd')}
          rules={[{ required: true, whitespace: true }, amountRule]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('projects.note')} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}

/** 到位资金: by month and origin, with the running total. */
export function FundsTab({ project, manage }: { project: ProjectDetail; manage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { deleteFunds } = useProjectMutations();
  const [editing, setEditing] = useState<ProjectFunds | null | undefined>(undefined);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        {manage ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('projects.funds.record')}
          </Button>
        ) : null}
        <Typography.Text strong>
          {t('projects.funds.total', { amount: formatWan(project.fundsTotalCnyFen) })}
        </Typography.Text>
      </Space>
      <Table<ProjectFunds>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={project.funds}
        locale={{ emptyText: t('projects.funds.empty') }}
        columns={[
          { title: t('projects.funds.period'), dataIndex: 'period', width: 100 },
          {
            title: t('projects.funds.origin'),
            dataIndex: 'origin',
            width: 100,
            render: (o: FundsOrigin) => t(originKey(o)),
          },
          {
            title: t('projects.funds.amountWan'),
            dataIndex: 'amountCnyFen',
            align: 'right',
            render: (v: number) => formatWan(v),
          },
          {
            title: t('projects.funds.amountUsd'),
            dataIndex: 'amountUsdCents',
            align: 'right',
            render: (v: number | null) => formatWan(v),
          },
          { title: t('projects.note'), dataIndex: 'note', ellipsis: true },
          ...(manage
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, f: ProjectFunds) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(f)}>
                        {t('action.edit')}
                      </Button>
                      <Popconfirm
                        title={t('projects.funds.deleteConfirm')}
                        okText={t('action.ok')}
                        cancelText={t('action.cancel')}
                        onConfirm={() =>
                          deleteFunds.mutate(
                            { id: project.id, fundsId: f.id },
                            {
                              onSuccess: () => void message.success(t('projects.deleted')),
                              onError: notifyError,
                            },
                          )
                        }
                      >
                        <Button type="link" size="small" danger>
                          {t('projects.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing !== undefined ? (
        <FundsModal projectId={project.id} funds={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </Space>
  );
}
