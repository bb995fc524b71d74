import { Tag } from 'antd';
import type { DischargePermit } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

/** How far a permit is from its end: revoked, expired, within 30 / 90 days, or valid. */
export function PermitExpiryTag({ permit }: { permit: DischargePermit }) {
  const t = useT();
  if (permit.status === 'revoked') return <Tag>{t('env.permit.revoked')}</Tag>;
  if (permit.expired)
    return <Tag color="red">{t('env.permit.expired', { days: -permit.expiresInDays })}</Tag>;
  if (permit.expiresInDays <= 30)
    return <Tag color="volcano">{t('env.permit.expiresIn', { days: permit.expiresInDays })}</Tag>;
  if (permit.expiresInDays <= 90)
    return <Tag color="orange">{t('env.permit.expiresIn', { days: permit.expiresInDays })}</Tag>;
  return <Tag color="green">{t('env.permit.valid')}</Tag>;
}
