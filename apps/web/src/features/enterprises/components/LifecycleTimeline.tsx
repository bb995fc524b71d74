import { Empty, Timeline, Typography } from 'antd';
import type { EnterpriseHistory } from '@kaifaqu/contracts';
import { formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { EnterpriseStatusTag } from './EnterpriseStatusTag';

const COLORS: Record<string, string> = { movedOut: 'gray', deregistered: 'red', suspended: 'orange' };

/** 生命周期: every status the enterprise went through, with the date it took effect, who recorded it and why. */
export function LifecycleTimeline({ statuses }: { statuses: EnterpriseHistory['statuses'] }) {
  const t = useT();
  if (statuses.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={statuses.map((s, i) => ({
        key: `${s.effectiveOn}-${s.status}-${i}`,
        color: COLORS[s.status] ?? (i === statuses.length - 1 ? 'green' : 'blue'),
        content: (
          <div>
            <Typography.Text strong className="kfq-timeline-date">
              {s.effectiveOn}
            </Typography.Text>
            <EnterpriseStatusTag status={s.status} />
            {s.note ? <Typography.Text>{s.note}</Typography.Text> : null}
            <div className="kfq-muted kfq-scope">
              {t('enterprise.recordedBy', {
                who: s.recordedBy ?? t('enterprise.system'),
                at: formatDateTime(s.recordedAt),
              })}
            </div>
          </div>
        ),
      }))}
    />
  );
}
