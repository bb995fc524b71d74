import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { EMPTY, formatPercent } from '../../../shared/format';

/**
 * 同比 as a percentage with one decimal and an arrow: rises in red and falls in green, the colours Chinese
 * statistical tables use; '—' when there is no comparable base.
 */
export function GrowthText({ growth }: { growth: number | null | undefined }) {
  if (growth === null || growth === undefined || !Number.isFinite(growth)) {
    return <span className="kfq-muted">{EMPTY}</span>;
  }
  // The direction follows the figure as shown, so '0.0%' never carries an arrow.
  const tenths = Math.round(growth * 1000);
  if (tenths === 0) return <span className="kfq-growth">{formatPercent(0)}</span>;
  const up = tenths > 0;
  return (
    <span className={`kfq-growth ${up ? 'kfq-growth-up' : 'kfq-growth-down'}`}>
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
      {formatPercent(growth)}
    </span>
  );
}
