import { Col } from 'antd';
import { useCan } from '../../auth/hooks';
import { LatestReadingsCard } from '../../environment/components/LatestReadingsCard';
import { OpenAlarmsCard } from '../../environment/components/OpenAlarmsCard';

/** The environment's cards beside the safety figures, for users who may read monitoring (env:read). */
export function EnvironmentCards() {
  const can = useCan();
  if (!can('env:read')) return null;
  return (
    <>
      <Col xs={24} xl={12}>
        <OpenAlarmsCard />
      </Col>
      <Col xs={24} xl={12}>
        <LatestReadingsCard />
      </Col>
    </>
  );
}
