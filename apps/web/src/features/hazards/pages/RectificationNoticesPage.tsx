import { useState } from 'react';
import { Button, DatePicker, Form, Input, Select, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { NoticeCreateBody, NoticeListQuery, RectificationNotice } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FormModal } from '../../../shared/ui/FormModal';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { EnterpriseSelect } from '../../inspections/components/EnterpriseSelect';
import { hazardsApi } from '../api';
import { useHazardMutation, useHazards, useNotices } from '../hooks';

interface IssueValues {
  enterpriseId: string;
  hazardIds: string[];
  deadline: Dayjs;
  issuingBody: string;
}

/** 下发整改通知书: open hazards of one enterprise, a deadline and the issuing body. */
function IssueNoticeModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<IssueValues>();
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const hazards = useHazards({ enterpriseId, open: true, pageSize: 200, page: 1 });
  const notifyError = useNotifyError();
  const issue = useHazardMutation((body: NoticeCreateBody) => hazardsApi.issueNotice(body));
  return (
    <FormModal<IssueValues>
      title={t('hazards.notice.issue')}
      form={form}
      width={680}
      okText={t('hazards.notice.issue')}
      initialValues={{ deadline: dayjs().add(7, 'day'), issuingBody: t('hazards.notice.defaultIssuer') }}
      onSubmit={(v) =>
        issue.mutate(
          { ...v, deadline: v.deadline.format('YYYY-MM-DD') },
          {
            onSuccess: (notice) => {
              onClose();
              hazardsApi.downloadNotice(notice).catch(notifyError);
            },
          },
        )
      }
      onCancel={onClose}
      submitting={issue.isPending}
      error={issue.error}
    >
      <Form.Item name="enterpriseId" label={t('hazards.enterprise')} rules={[{ required: true }]}>
        <EnterpriseSelect
          aria-label={t('hazards.enterprise')}
          onChange={() => form.setFieldValue('hazardIds', [])}
        />
      </Form.Item>
      <Form.Item name="hazardIds" label={t('hazards.notice.hazards')} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          aria-label={t('hazards.notice.hazards')}
          disabled={!enterpriseId}
          loading={hazards.isFetching}
          options={(enterpriseId ? (hazards.data?.items ?? []) : []).map((h) => ({
            value: h.id,
            label: `${h.code} ${h.description}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="deadline" label={t('hazards.deadline')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="issuingBody"
        label={t('hazards.notice.issuingBody')}
        rules={[{ required: true, max: 100 }]}
      >
        <Input />
      </Form.Item>
    </FormModal>
  );
}

/** 整改通知书: issued notices in scope, each downloadable as a Word document. */
export function RectificationNoticesPage() {
  const t = useT();
  const can = useCan();
  const notifyError = useNotifyError();
  const [query, setQuery] = useState<NoticeListQuery>({ page: 1, pageSize: 20 });
  const [issuing, setIssuing] = useState(false);
  const notices = useNotices(query);
  const columns: TableColumnsType<RectificationNotice> = [
    { title: t('hazards.notice.number'), dataIndex: 'number', width: 200 },
    { title: t('hazards.enterprise'), dataIndex: 'enterpriseName', width: 220, ellipsis: true },
    {
      title: t('hazards.notice.hazards'),
      dataIndex: 'hazardIds',
      width: 140,
      render: (ids: string[]) => t('hazards.notice.hazardCount', { count: ids.length }),
    },
    { title: t('hazards.deadline'), dataIndex: 'deadline', width: 110 },
    { title: t('hazards.notice.issuingBody'), dataIndex: 'issuingBody', width: 180, ellipsis: true },
    { title: t('hazards.notice.issuedOn'), dataIndex: 'issuedOn', width: 110 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, n) => (
        <Button
          type="link"
          aria-label={`${t('hazards.notice.download')} ${n.number}`}
          onClick={() => hazardsApi.downloadNotice(n).catch(notifyError)}
        >
          {t('hazards.notice.download')}
        </Button>
      ),
    },
  ];
  return (
    <PageContainer
      title={t('menu.rectificationNotices')}
      description={t('hazards.notice.description')}
      extra={
        can('safety:inspect') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
            {t('hazards.notice.issue')}
          </Button>
        ) : undefined
      }
    >
      <Form layout="inline" className="kfq-filters">
        <Form.Item label={t('hazards.enterprise')}>
          <EnterpriseSelect
            allowClear
            aria-label={t('hazards.enterprise')}
            value={query.enterpriseId}
            onChange={(v) =>
              setQuery((q) => ({ ...q, enterpriseId: (v as string | undefined) || undefined, page: 1 }))
            }
          />
        </Form.Item>
      </Form>
      {notices.isError ? <ApiErrorAlert error={notices.error} /> : null}
      <Table<RectificationNotice>
        rowKey="id"
        columns={columns}
        dataSource={notices.data?.items ?? []}
        loading={notices.isFetching}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('hazards.noNotices') }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: notices.data?.total ?? 0,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
      />
      {issuing ? <IssueNoticeModal onClose={() => setIssuing(false)} /> : null}
    </PageContainer>
  );
}
