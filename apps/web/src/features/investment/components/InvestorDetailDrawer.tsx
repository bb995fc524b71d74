import { Descriptions, Drawer, Spin, Table, Typography } from 'antd';
import type { Lead } from '@kaifaqu/contracts';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useInvestor } from '../hooks';
import { activityKindKey, investorKindKey, leadSourceKey } from '../labels';
import { LeadStatusTag } from './LeadStatusTag';
import { ProjectBriefTable } from './ProjectBriefTable';

/** A small table of leads, shared by the investor and agent details. */
export function LeadBriefTable({ leads }: { leads: Lead[] }) {
  const t = useT();
  return (
    <Table<Lead>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={leads}
      columns={[
        { title: t('investment.lead.title'), dataIndex: 'title' },
        {
          title: t('investment.lead.source'),
          dataIndex: 'source',
          width: 110,
          render: (s: Lead['source']) => t(leadSourceKey(s)),
        },
        { title: t('investment.lead.receivedOn'), dataIndex: 'receivedOn', width: 110 },
        {
          title: t('investment.lead.status'),
          dataIndex: 'status',
          width: 100,
          render: (s: Lead['status']) => <LeadStatusTag status={s} />,
        },
      ]}
    />
  );
}

/** 客商详情: contact facts, its leads, the projects in the caller's scope and the activities it was met at. */
export function InvestorDetailDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const { data, error, isLoading } = useInvestor(id);
  return (
    <Drawer open width={760} title={data?.name ?? t('investment.investor.detail')} onClose={onClose}>
      {error ? <ApiErrorAlert error={error} /> : null}
      {isLoading ? <Spin /> : null}
      {data ? (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('investment.investor.kind')}>
              {t(investorKindKey(data.kind))}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.investor.region')}>{data.region}</Descriptions.Item>
            <Descriptions.Item label={t('investment.investor.isForeign')}>
              {data.isForeign ? t('common.yes') : t('common.no')}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.investor.industryCode')}>
              {data.industryCode ?? EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.contactName')}>
              {[data.contactName, data.contactTitle].filter(Boolean).join(' · ') || EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.contactPhone')}>
              {data.contactPhone ?? EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.note')} span={2}>
              {data.note || EMPTY}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('investment.investor.leads')}</Typography.Title>
          <LeadBriefTable leads={data.leads} />
          <Typography.Title level={5}>{t('investment.projects')}</Typography.Title>
          <ProjectBriefTable projects={data.projects} />
          <Typography.Title level={5}>{t('investment.investor.activities')}</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.activities}
            columns={[
              { title: t('investment.activity.title'), dataIndex: 'title' },
              {
                title: t('investment.activity.kind'),
                dataIndex: 'kind',
                width: 110,
                render: (k: Parameters<typeof activityKindKey>[0]) => t(activityKindKey(k)),
              },
              { title: t('investment.activity.dates'), dataIndex: 'startedOn', width: 110 },
            ]}
          />
        </>
      ) : null}
    </Drawer>
  );
}
