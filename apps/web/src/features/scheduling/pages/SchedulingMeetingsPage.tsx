import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { SchedulingMeeting } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { IssueTable } from '../components/IssueTable';
import { MeetingFormModal } from '../components/MeetingFormModal';
import { useMeeting, useMeetings } from '../hooks';

/** 调度会: the meetings with their decisions, recording a new one, and each one's issues. */
export function SchedulingMeetingsPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const meetings = useMeetings();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const detail = useMeeting(openId);

  const columns: TableColumnsType<SchedulingMeeting> = [
    { title: t('meeting.heldOn'), dataIndex: 'heldOn', width: 110 },
    {
      title: t('meeting.title'),
      dataIndex: 'title',
      render: (title: string, m) => (
        <Button type="link" size="small" onClick={() => setOpenId(m.id)}>
          {title}
        </Button>
      ),
    },
    { title: t('meeting.chair'), dataIndex: 'chair', width: 120, render: (v: string) => v || EMPTY },
    { title: t('meeting.issueCount'), dataIndex: 'issueCount', align: 'right', width: 100 },
    { title: t('meeting.openIssueCount'), dataIndex: 'openIssueCount', align: 'right', width: 100 },
  ];

  return (
    <PageContainer
      title={t('menu.schedulingMeetings')}
      description={t('meeting.description')}
      extra={
        can('schedule:manage') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('meeting.create')}
          </Button>
        ) : undefined
      }
    >
      {meetings.isError ? <ApiErrorAlert error={meetings.error} /> : null}
      <Table<SchedulingMeeting>
        rowKey="id"
        columns={columns}
        dataSource={meetings.data ?? []}
        loading={meetings.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('meeting.empty') }}
      />
      {creating ? (
        <MeetingFormModal
          onClose={(created) => {
            setCreating(false);
            if (created) {
              void message.success(t('meeting.created'));
              setOpenId(created.meeting.id);
            }
          }}
        />
      ) : null}
      <Drawer
        open={openId !== null}
        width={960}
        title={detail.data?.meeting.title ?? t('meeting.detail')}
        onClose={() => setOpenId(null)}
      >
        {detail.isError ? <ApiErrorAlert error={detail.error} /> : null}
        {detail.data ? (
          <>
            <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('meeting.heldOn')}>{detail.data.meeting.heldOn}</Descriptions.Item>
              <Descriptions.Item label={t('meeting.chair')}>
                {detail.data.meeting.chair || EMPTY}
              </Descriptions.Item>
              <Descriptions.Item label={t('meeting.attendees')} span={2}>
                {detail.data.meeting.attendees || EMPTY}
              </Descriptions.Item>
              <Descriptions.Item label={t('meeting.minutes')} span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{detail.data.meeting.minutes || EMPTY}</span>
              </Descriptions.Item>
            </Descriptions>
            <IssueTable issues={detail.data.issues} showProject />
          </>
        ) : null}
      </Drawer>
    </PageContainer>
  );
}
