import { Tag } from 'antd';
import type { AlarmStatus } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

const COLORS: Record<AlarmStatus, string> = { open: 'red', acknowledged: 'default', hazardRaised: 'orange' };

/** An alarm's state as a coloured tag. */
export function AlarmStatusTag({ status }: { status: AlarmStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(`env.alarm.status.${status}`)}</Tag>;
}
