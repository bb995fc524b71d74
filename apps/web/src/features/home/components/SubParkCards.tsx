import { Card, Col, Empty, Row, Tag, Typography } from 'antd';
import { ClusterOutlined } from '@ant-design/icons';
import type { SubPark } from '@kaifaqu/contracts';
import { formatMu } from '../../../shared/format';
import { useT } from '../../../shared/i18n';

/** One card per active sub-park: name, code, planned area and boundary. */
export function SubParkCards({ subParks, loading }: { subParks: SubPark[]; loading: boolean }) {
  const t = useT();
  const active = subParks.filter((p) => p.status === 'active');
  return (
    <Card title={t('subPark.cards')} className="kfq-section-card" loading={loading}>
      {active.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Row gutter={[16, 16]}>
          {active.map((park) => (
            <Col key={park.id} xs={24} sm={12} xl={8}>
              <Card size="small" className="kfq-park-card">
                <div className="kfq-park-head">
                  <ClusterOutlined className="kfq-park-icon" />
                  <Typography.Text strong>{park.name}</Typography.Text>
                  <Tag className="kfq-park-code">{park.code}</Tag>
                </div>
                <div className="kfq-park-area">
                  {park.areaMu ? (
                    <>
                      <span className="kfq-park-number">{formatMu(park.areaMu)}</span> {t('unit.mu')}
                    </>
                  ) : (
                    <Typography.Text type="secondary">{t('subPark.noArea')}</Typography.Text>
                  )}
                </div>
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 2, tooltip: park.boundary }}
                  className="kfq-park-boundary"
                >
                  {park.boundary || '—'}
                </Typography.Paragraph>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
