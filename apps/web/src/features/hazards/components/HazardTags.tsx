import { Space, Tag } from 'antd';
import type { Hazard } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { STATUS_COLOR, statusKey } from '../labels';

/** Status with the flags that matter at a glance: 逾期, 重大, 挂牌督办. */
export function HazardTags({ hazard }: { hazard: Hazard }) {
  const t = useT();
  return (
    <Space size={2} wrap>
      <Tag color={STATUS_COLOR[hazard.status]}>{t(statusKey(hazard.status))}</Tag>
      {hazard.overdue ? <Tag color="red">{t('hazards.overdue')}</Tag> : null}
      {hazard.grade === 'major' ? <Tag color="volcano">{t('hazards.grade.major')}</Tag> : null}
      {hazard.supervised ? <Tag color="purple">{t('hazards.supervised')}</Tag> : null}
    </Space>
  );
}
