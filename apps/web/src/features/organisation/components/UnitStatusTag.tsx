import { Tag } from 'antd';
import type { UnitStatus } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

/** Active/archived status of a sub-park or department. */
export function UnitStatusTag({ status }: { status: UnitStatus }) {
  const t = useT();
  return status === 'active' ? (
    <Tag color="green">{t('status.active')}</Tag>
  ) : (
    <Tag>{t('status.archived')}</Tag>
  );
}
