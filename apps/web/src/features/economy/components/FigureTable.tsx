import { Link } from 'react-router';
import { Button, Table, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { StatsGroup, StatsIndicator, StatsValue } from '@kaifaqu/contracts';
import { formatPercent } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { amountText } from '../display';
import { GrowthText } from './GrowthText';

/** Props of {@link FigureTable}. */
export interface FigureTableProps {
  groups: StatsGroup[];
  indicator: StatsIndicator;
  /** Title of the name column (园区, 行业, 企业). */
  nameTitle: string;
  loading?: boolean;
  /** Adds a 排名 column (the server sends enterprises largest first). */
  ranked?: boolean;
  /** Rows are enterprises: names open 一企一档 and the 企业数 column is left out. */
  enterprises?: boolean;
  /** Makes each figure a link opening what is behind it; rows without a key (未知) stay plain. */
  onDrill?: (group: StatsGroup) => void;
  pagination?: false | TablePaginationConfig;
  emptyText?: string;
}

function valueOf(group: StatsGroup, code: string): StatsValue | undefined {
  return group.values.find((v) => v.indicatorCode === code);
}

/** One indicator's figure per group: value in the indicator's unit, 同比, share of the whole, reporters. */
export function FigureTable(props: FigureTableProps) {
  const t = useT();
  const { indicator, onDrill } = props;
  const columns: TableColumnsType<StatsGroup> = [];
  if (props.ranked) {
    columns.push({ title: t('economy.rank'), key: 'rank', width: 64, render: (_v, _g, i) => i + 1 });
  }
  columns.push(
    {
      title: props.nameTitle,
      dataIndex: 'name',
      minWidth: 140,
      ellipsis: true,
      render: (name: string, g) =>
        props.enterprises && g.key ? <Link to={`/enterprises/${g.key}`}>{name}</Link> : name,
    },
    {
      title: `${indicator.name}(${indicator.unit})`,
      key: 'current',
      align: 'right',
      width: 170,
      render: (_v, g) => {
        const text = amountText(valueOf(g, indicator.code)?.current, indicator);
        if (!onDrill || g.key === null) return <span className="kfq-figure">{text}</span>;
        return (
          <Button
            type="link"
            size="small"
            className="kfq-drill-link"
            onClick={() => onDrill(g)}
            aria-label={t('economy.drillAria', { name: g.name })}
          >
            {text}
          </Button>
        );
      },
    },
    {
      title: t('economy.growth'),
      key: 'growth',
      align: 'right',
      width: 110,
      render: (_v, g) => <GrowthText growth={valueOf(g, indicator.code)?.growth} />,
    },
    {
      title: t('economy.share'),
      key: 'share',
      align: 'right',
      width: 90,
      render: (_v, g) => formatPercent(valueOf(g, indicator.code)?.share),
    },
  );
  if (!props.enterprises) {
    columns.push({
      title: t('economy.reporters'),
      key: 'reporters',
      align: 'right',
      width: 90,
      render: (_v, g) => valueOf(g, indicator.code)?.reporters ?? 0,
    });
  }
  return (
    <Table<StatsGroup>
      rowKey={(g) => g.key ?? `none-${g.name}`}
      size="small"
      columns={columns}
      dataSource={props.groups}
      loading={props.loading}
      pagination={props.pagination ?? false}
      locale={props.emptyText ? { emptyText: props.emptyText } : undefined}
    />
  );
}
