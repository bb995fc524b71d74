import { useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Form, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ProjectAgreement, ProjectDetail } from '@kaifaqu/contracts';
import { EMPTY, formatWan } from '../../../shared/format';
import { scaledToText } from '../../../shared/scaled';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { warningKey } from '../display';
import { useProjectMutations } from '../hooks';
import { AgreementFields, agreementBody, agreementValues, type AgreementValues } from './AgreementFields';

const mu = (centimu: number | null) => (centimu === null ? EMPTY : scaledToText(centimu, 2, 2));

/** Records or edits one agreement. */
function AgreementModal({
  projectId,
  agreement,
  onClose,
}: {
  projectId: string;
  agreement: ProjectAgreement | null;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<AgreementValues>();
  const { createAgreement, updateAgreement } = useProjectMutations();
  const mutation = agreement ? updateAgreement : createAgreement;
  const submit = (v: AgreementValues) => {
    const body = agreementBody(v);
    if (agreement)
      updateAgreement.mutate(
        { id: projectId, agreementId: agreement.id, body: { ...body, version: agreement.version } },
        { onSuccess: onClose },
      );
    else createAgreement.mutate({ id: projectId, body }, { onSuccess: onClose });
  };
  return (
    <FormModal<AgreementValues>
      form={form}
      width={720}
      title={agreement ? t('projects.agreement.edit') : t('projects.agreement.create')}
      initialValues={
        agreement
          ? agreementValues(agreement)
          : { agreementTitle: t('projects.agreement.defaultTitle'), signedOn: dayjs() }
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <AgreementFields />
    </FormModal>
  );
}

interface Row {
  key: string;
  label: string;
  committed: string;
  actual: string;
}

/** 协议与履约: each agreement's deadlines and warnings, and committed beside actual per-亩 figures. */
export function AgreementsTab({ project, manage }: { project: ProjectDetail; manage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { deleteAgreement } = useProjectMutations();
  const [editing, setEditing] = useState<ProjectAgreement | null | undefined>(undefined);

  const rowsOf = (a: ProjectAgreement): Row[] => [
    {
      key: 'area',
      label: t('projects.agreement.landArea'),
      committed: mu(a.landAreaCentimu),
      actual: mu(a.compliance.landAreaCentimu),
    },
    {
      key: 'intensity',
      label: t('projects.agreement.intensity'),
      committed: formatWan(a.investmentIntensityFenPerMu),
      actual: EMPTY,
    },
    {
      key: 'output',
      label: t('projects.agreement.outputPerMu'),
      committed: formatWan(a.outputPerMuFen),
      actual: formatWan(a.compliance.actualOutputPerMuFen),
    },
    {
      key: 'tax',
      label: t('projects.agreement.taxPerMu'),
      committed: formatWan(a.taxPerMuFen),
      actual: formatWan(a.compliance.actualTaxPerMuFen),
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {manage ? (
        <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('projects.agreement.create')}
        </Button>
      ) : null}
      {project.agreements.length === 0 ? <Empty description={t('projects.agreement.empty')} /> : null}
      {project.agreements.map((a) => (
        <Card
          key={a.id}
          size="small"
          title={
            <Space>
              {a.title}
              {a.compliance.warnings.map((w) => (
                <Tag key={w} color="red">
                  {t(warningKey(w))}
                </Tag>
              ))}
            </Space>
          }
          extra={
            manage ? (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(a)}>
                  {t('action.edit')}
                </Button>
                <Popconfirm
                  title={t('projects.agreement.deleteConfirm')}
                  okText={t('action.ok')}
                  cancelText={t('action.cancel')}
                  onConfirm={() =>
                    deleteAgreement.mutate(
                      { id: project.id, agreementId: a.id, version: a.version },
                      { onSuccess: () => void message.success(t('projects.deleted')), onError: notifyError },
                    )
                  }
                >
                  <Button type="link" size="small" danger>
                    {t('projects.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ) : null
          }
        >
          <Descriptions size="small" column={4}>
            <Descriptions.Item label={t('projects.agreement.signedOn')}>{a.signedOn}</Descriptions.Item>
            <Descriptions.Item label={t('projects.agreement.startDeadline')}>
              {a.startDeadline ?? EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.agreement.completionDeadline')}>
              {a.completionDeadline ?? EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.agreement.productionDeadline')}>
              {a.productionDeadline ?? EMPTY}
            </Descriptions.Item>
          </Descriptions>
          <Table<Row>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={rowsOf(a)}
            columns={[
              { title: '', dataIndex: 'label', width: 220 },
              { title: t('projects.agreement.committed'), dataIndex: 'committed', align: 'right' },
              {
                title:
                  a.compliance.actualFrom && a.compliance.actualTo
                    ? t('projects.agreement.actual', {
                        from: a.compliance.actualFrom,
                        to: a.compliance.actualTo,
                      })
                    : t('projects.agreement.noActual'),
                dataIndex: 'actual',
                align: 'right',
              },
            ]}
          />
        </Card>
      ))}
      {editing !== undefined ? (
        <AgreementModal projectId={project.id} agreement={editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </Space>
  );
}
