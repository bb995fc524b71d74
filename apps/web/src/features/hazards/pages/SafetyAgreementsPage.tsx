import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { SafetyAgreement, SafetyAgreementParty } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FormModal } from '../../../shared/ui/FormModal';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { EnterpriseSelect } from '../../inspections/components/EnterpriseSelect';
import { hazardsApi } from '../api';
import { useAgreements, useHazardMutation } from '../hooks';

interface Values {
  partyKind: SafetyAgreementParty;
  enterpriseId?: string;
  unitName?: string;
  project?: string;
  signedOn: Dayjs;
  signatories: string;
  note?: string;
}

/** Records (or corrects) one agreement of the year. */
function AgreementModal({
  year,
  agreement,
  onClose,
}: {
  year: number;
  agreement?: SafetyAgreement;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const partyKind = Form.useWatch('partyKind', form) ?? agreement?.partyKind ?? 'enterprise';
  const save = useHazardMutation((v: Values) => {
    const common = {
      signedOn: v.signedOn.format('YYYY-MM-DD'),
      signatories: v.signatories,
      project: v.project || null,
      note: v.note || null,
    };
    return agreement
      ? hazardsApi.updateAgreement(agreement.id, {
          ...common,
          unitName: v.unitName ?? null,
          version: agreement.version,
        })
      : hazardsApi.createAgreement({
          ...common,
          year,
          partyKind: v.partyKind,
          enterpriseId: v.partyKind === 'enterprise' ? (v.enterpriseId ?? null) : null,
          unitName: v.partyKind === 'constructionUnit' ? (v.unitName ?? null) : null,
        });
  });
  return (
    <FormModal<Values>
      title={t(agreement ? 'hazards.agreement.edit' : 'hazards.agreement.new')}
      form={form}
      initialValues={
        agreement
          ? {
              ...agreement,
              project: agreement.project ?? undefined,
              note: agreement.note ?? undefined,
              enterpriseId: agreement.enterpriseId ?? undefined,
              signedOn: dayjs(agreement.signedOn),
            }
          : { partyKind: 'enterprise', signedOn: dayjs() }
      }
      onSubmit={(v) => save.mutate(v, { onSuccess: onClose })}
      onCancel={onClose}
      submitting={save.isPending}
      error={save.error}
    >
      <Form.Item name="partyKind" label={t('hazards.agreement.party')} rules={[{ required: true }]}>
        <Select
          disabled={!!agreement}
          aria-label={t('hazards.agreement.party')}
          options={[
            { value: 'enterprise', label: t('hazards.agreement.party.enterprise') },
            { value: 'constructionUnit', label: t('hazards.agreement.party.constructionUnit') },
          ]}
        />
      </Form.Item>
      {partyKind === 'enterprise' ? (
        <Form.Item name="enterpriseId" label={t('hazards.enterprise')} rules={[{ required: true }]}>
          <EnterpriseSelect
            disabled={!!agreement}
            aria-label={t('hazards.enterprise')}
            known={agreement?.enterpriseId ? [{ id: agreement.enterpriseId, name: agreement.unitName }] : []}
          />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="unitName"
            label={t('hazards.agreement.unitName')}
            rules={[{ required: true, max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="project" label={t('hazards.agreement.project')} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
        </>
      )}
      <Form.Item name="signedOn" label={t('hazards.agreement.signedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="signatories"
        label={t('hazards.agreement.signatories')}
        rules={[{ required: true, max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="note" label={t('hazards.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** 安全生产责任书: the year's agreements with enterprises and construction units, and who has not signed. */
export function SafetyAgreementsPage() {
  const t = useT();
  const can = useCan();
  const notifyError = useNotifyError();
  const [year, setYear] = useState(dayjs().year());
  const [editing, setEditing] = useState<SafetyAgreement | 'new' | null>(null);
  const agreements = useAgreements({ year });
  const remove = useHazardMutation((id: string) => hazardsApi.deleteAgreement(id));
  const manage = can('safety:manage');
  const columns: TableColumnsType<SafetyAgreement> = [
    {
      title: t('hazards.agreement.party'),
      dataIndex: 'partyKind',
      width: 110,
      render: (k: SafetyAgreementParty) => t(`hazards.agreement.party.${k}`),
    },
    { title: t('hazards.agreement.unitName'), dataIndex: 'unitName', width: 220, ellipsis: true },
    {
      title: t('hazards.agreement.project'),
      dataIndex: 'project',
      width: 180,
      render: (v: string | null) => v ?? EMPTY,
    },
    { title: t('hazards.agreement.signedOn'), dataIndex: 'signedOn', width: 110 },
    { title: t('hazards.agreement.signatories'), dataIndex: 'signatories', width: 200, ellipsis: true },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 140,
            render: (_: unknown, a: SafetyAgreement) => (
              <Space>
                <Button
                  type="link"
                  aria-label={`${t('action.edit')} ${a.unitName}`}
                  onClick={() => setEditing(a)}
                >
                  {t('action.edit')}
                </Button>
                <Popconfirm
                  title={t('hazards.agreement.confirmDelete')}
                  onConfirm={() => remove.mutate(a.id, { onError: notifyError })}
                >
                  <Button type="link" danger aria-label={`${t('hazards.agreement.delete')} ${a.unitName}`}>
                    {t('hazards.agreement.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <PageContainer
      title={t('menu.safetyAgreements')}
      description={t('hazards.agreement.description')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('hazards.agreement.new')}
          </Button>
        ) : undefined
      }
    >
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('hazards.agreement.year')}>
          <InputNumber
            aria-label={t('hazards.agreement.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
          />
        </Form.Item>
      </Form>
      {agreements.isError ? <ApiErrorAlert error={agreements.error} /> : null}
      <Table<SafetyAgreement>
        rowKey="id"
        columns={columns}
        dataSource={agreements.data?.items ?? []}
        loading={agreements.isFetching}
        scroll={{ x: 960 }}
        pagination={{ pageSize: 20, showSizeChanger: true }}
        locale={{ emptyText: t('hazards.agreement.empty') }}
      />
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={t('hazards.agreement.unsigned', { count: agreements.data?.unsigned.length ?? 0 })}
      >
        {(agreements.data?.unsigned ?? []).map((e) => (
          <Tag key={e.enterpriseId} color="orange">
            {e.name}
          </Tag>
        ))}
      </Card>
      {editing ? (
        <AgreementModal
          year={year}
          agreement={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </PageContainer>
  );
}
