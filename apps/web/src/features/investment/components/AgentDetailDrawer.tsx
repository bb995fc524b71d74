import { Descriptions, Drawer, Spin, Typography } from 'antd';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useAgent } from '../hooks';
import { LeadBriefTable } from './InvestorDetailDrawer';
import { ProjectBriefTable } from './ProjectBriefTable';

/** 招商代理详情: contact, contract period and what it brought (leads, projects in the caller's scope). */
export function AgentDetailDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const { data, error, isLoading } = useAgent(id);
  return (
    <Drawer open width={760} title={data?.name ?? t('investment.agent.detail')} onClose={onClose}>
      {error ? <ApiErrorAlert error={error} /> : null}
      {isLoading ? <Spin /> : null}
      {data ? (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('investment.contactName')}>
              {data.contactName || EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.contactPhone')}>
              {data.contactPhone ?? EMPTY}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.agent.contract')} span={2}>
              {`${data.contractFrom ?? EMPTY} ~ ${data.contractTo ?? EMPTY}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('investment.note')} span={2}>
              {data.note || EMPTY}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>
            {t('investment.agent.leadCount')} ({data.leadCount})
          </Typography.Title>
          <LeadBriefTable leads={data.leads} />
          <Typography.Title level={5}>
            {t('investment.agent.projectCount')} ({data.projectCount})
          </Typography.Title>
          <ProjectBriefTable projects={data.projects} />
        </>
      ) : null}
    </Drawer>
  );
}
