import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Progress,
  Select,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import type { HazardCategory, InspectionDetail } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FullPageSpin } from '../../../shared/ui/FullPageSpin';
import { InspectionItemCard } from '../components/InspectionItemCard';
import { useAddItem, useCompleteInspection, useInspection } from '../hooks';
import { kindKey, optionLists } from '../labels';
import '../components/inspection.css';

/** 现场检查: the inspection of one enterprise, filled item by item on a phone, then completed. */
export function InspectionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const can = useCan();
  const inspection = useInspection(id);
  if (inspection.isPending) return <FullPageSpin />;
  if (inspection.isError) return <ApiErrorAlert error={inspection.error} />;
  const data = inspection.data;
  const editable = data.status === 'draft' && can('safety:inspect');
  return (
    <div className="kfq-page kfq-inspection">
      <Link to="/inspections">
        <ArrowLeftOutlined /> {t('inspections.detail.back')}
      </Link>
      <Typography.Title level={4} style={{ margin: '8px 0' }}>
        {data.enterpriseName}
      </Typography.Title>
      <Header data={data} />
      {data.status === 'completed' ? <Hazards data={data} /> : null}
      {data.items.map((item) => (
        <InspectionItemCard
          key={`${item.id}-${item.version}`}
          inspection={data}
          item={item}
          editable={editable}
        />
      ))}
      {editable && data.checklistId === null ? <AddItem inspectionId={data.id} /> : null}
      {editable ? <CompleteBar data={data} /> : null}
    </div>
  );
}

function Header({ data }: { data: InspectionDetail }) {
  const t = useT();
  const done = data.items.filter((i) => i.result !== null).length;
  const failed = data.items.filter((i) => i.result === 'fail').length;
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 3 }}
        items={[
          { key: 'date', label: t('inspections.date'), children: data.inspectedOn },
          { key: 'kind', label: t('inspections.kind'), children: t(kindKey(data.kind)) },
          {
            key: 'status',
            label: t('common.status'),
            children: (
              <Tag color={data.status === 'completed' ? 'green' : 'blue'}>
                {t(`inspections.status.${data.status}`)}
              </Tag>
            ),
          },
          { key: 'inspectors', label: t('inspections.inspectors'), children: data.inspectors },
          {
            key: 'checklist',
            label: t('inspections.checklist'),
            children: data.checklistTitle ?? t('inspections.noChecklist'),
          },
          { key: 'plan', label: t('inspections.plan'), children: data.planTitle ?? EMPTY },
        ]}
      />
      <Progress
        percent={data.items.length ? Math.round((done / data.items.length) * 100) : 0}
        format={() => t('inspections.detail.progress', { done, total: data.items.length })}
        status={failed > 0 ? 'exception' : undefined}
        aria-label={t('inspections.detail.progress', { done, total: data.items.length })}
      />
      {failed > 0 ? (
        <Typography.Text type="danger">
          {t('inspections.detail.failedCount', { count: failed })}
        </Typography.Text>
      ) : null}
      {data.status === 'completed' && data.summary ? (
        <Typography.Paragraph style={{ marginTop: 8 }}>{data.summary}</Typography.Paragraph>
      ) : null}
    </Card>
  );
}

function Hazards({ data }: { data: InspectionDetail }) {
  const t = useT();
  return (
    <Card size="small" title={t('inspections.detail.hazards')} style={{ marginBottom: 12 }}>
      {data.hazards.length === 0 ? (
        <Typography.Text type="secondary">{t('inspections.detail.noHazards')}</Typography.Text>
      ) : (
        <ul style={{ paddingLeft: 20, margin: 0 }}>
          {data.hazards.map((h) => (
            <li key={h.id}>
              <Link to={`/hazards/${h.id}`}>{h.code}</Link>{' '}
              <Tag color={h.grade === 'major' ? 'red' : 'orange'}>{t(`inspections.grade.${h.grade}`)}</Tag>
              {h.description} · {t('inspections.detail.deadline')} {h.deadline}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function AddItem({ inspectionId }: { inspectionId: string }) {
  const t = useT();
  const add = useAddItem();
  const [form] = Form.useForm<{ content: string; legalBasis?: string; hazardCategory: HazardCategory }>();
  const { categories } = optionLists(t);
  return (
    <Card size="small" title={t('inspections.detail.addItem')} style={{ marginBottom: 12 }}>
      {add.error ? <ApiErrorAlert error={add.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ hazardCategory: 'other' }}
        onFinish={(v) =>
          add.mutate(
            {
              id: inspectionId,
              body: { content: v.content, legalBasis: v.legalBasis ?? '', hazardCategory: v.hazardCategory },
            },
            { onSuccess: () => form.resetFields() },
          )
        }
      >
        <Form.Item
          name="content"
          label={t('inspections.detail.itemContent')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('inspections.checklists.legalBasis')}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="hazardCategory" label={t('inspections.checklists.defaultCategory')}>
          <Select options={categories} aria-label={t('inspections.checklists.defaultCategory')} />
        </Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending} block>
          {t('inspections.detail.addItem')}
        </Button>
      </Form>
    </Card>
  );
}

function CompleteBar({ data }: { data: InspectionDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const complete = useCompleteInspection();
  const [error, setError] = useState<unknown>(null);
  const done = data.items.filter((i) => i.result !== null).length;
  return (
    <>
      {error ? <ApiErrorAlert error={error} /> : null}
      <div className="kfq-complete-bar">
        <Typography.Text>
          {t('inspections.detail.progress', { done, total: data.items.length })}
        </Typography.Text>
        <Popconfirm
          title={t('inspections.detail.completeConfirm')}
          okText={t('action.ok')}
          cancelText={t('action.cancel')}
          onConfirm={() =>
            complete.mutate(
              { id: data.id, version: data.version },
              {
                onSuccess: (result) => {
                  setError(null);
                  void message.success(t('inspections.detail.completed', { count: result.hazards.length }));
                },
                onError: setError,
              },
            )
          }
        >
          <Button type="primary" size="large" loading={complete.isPending}>
            {t('inspections.detail.complete')}
          </Button>
        </Popconfirm>
      </div>
    </>
  );
}
