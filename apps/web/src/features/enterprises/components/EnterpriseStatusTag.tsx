import { Tag } from 'antd';
import type { EnterpriseStatus } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';

const COLORS: Record<EnterpriseStatus, string> = {
  signed: 'blue',
  underConstruction: 'orange',
  inProduction: 'green',
  suspended: 'gold',
  movedOut: 'default',
  deregistered: 'red',
};

/** The lifecycle status as a coloured tag (签约 blue … 投产 green … 注销 red). */
export function EnterpriseStatusTag({ status }: { status: EnterpriseStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(`enterpriseStatus.${status}`)}</Tag>;
}
