import { Tag } from 'antd';
import type { Role } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

const COLOURS = { system: 'blue', security: 'gold', audit: 'purple' } as const;

/** Which of the three administrator duties (三权分立) a role carries; business roles show a plain tag when asked. */
export function AdminDutyTag({
  duty,
  showBusiness = false,
}: {
  duty: Role['adminDuty'];
  showBusiness?: boolean;
}) {
  const t = useT();
  if (!duty) return showBusiness ? <Tag>{t('roles.duty.business')}</Tag> : null;
  return <Tag color={COLOURS[duty]}>{t(`roles.duty.${duty}`)}</Tag>;
}
