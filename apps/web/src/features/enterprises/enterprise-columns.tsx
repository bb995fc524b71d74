import { Link } from 'react-router';
import { Tooltip, type TableColumnsType } from 'antd';
import type { Enterprise, EnterpriseListQuery } from '@kaifaqu/contracts';
import { EMPTY, formatMu } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { EnterpriseStatusTag } from './components/EnterpriseStatusTag';

type SortKey = NonNullable<EnterpriseListQuery['sort']>;

/**
 * The columns of the enterprise list; sortable ones carry their API sort key as `key`. Without sub-park
 * names (no org:read, e.g. enterprise users) the sub-park column is left out rather than showing ids.
 */
export function useEnterpriseColumns(
  query: EnterpriseListQuery,
  subParkNames: ReadonlyMap<string, string> | null,
): TableColumnsType<Enterprise> {
  const t = useT();
  const sortOrder = (key: SortKey): 'ascend' | 'descend' | null =>
    query.sort === key ? (query.order === 'desc' ? 'descend' : 'ascend') : null;
  const sortable = (key: SortKey) => ({ key, sorter: true, sortOrder: sortOrder(key) });
  const columns: TableColumnsType<Enterprise> = [
    {
      title: t('enterprise.name'),
      dataIndex: 'name',
      ...sortable('name'),
      width: 220,
      fixed: 'left',
      render: (name: string, e) => <Link to={`/enterprises/${e.id}`}>{name}</Link>,
    },
    {
      title: t('enterprise.creditCode'),
      dataIndex: 'creditCode',
      ...sortable('creditCode'),
      width: 190,
      render: (code: string) => <span className="kfq-file-code">{code}</span>,
    },
    {
      title: t('enterprise.subPark'),
      dataIndex: 'subParkId',
      width: 130,
      render: (id: string | null) => (id ? (subParkNames?.get(id) ?? EMPTY) : EMPTY),
    },
    {
      title: t('enterprise.industry'),
      dataIndex: 'industryCode',
      width: 180,
      ellipsis: { showTitle: false },
      render: (code: string, e) =>
        e.industry ? (
          <Tooltip
            title={`${e.industry.sectionName} / ${e.industry.divisionName} / ${e.industry.groupName} / ${e.industry.className}`}
          >
            <span>{e.industry.className}</span>
          </Tooltip>
        ) : (
          code
        ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 80,
      render: (_, e) => <EnterpriseStatusTag status={e.status} />,
    },
    {
      title: t('enterprise.settledOn'),
      dataIndex: 'settledOn',
      ...sortable('settledOn'),
      width: 120,
      render: (v: string | null) => v ?? EMPTY,
    },
    {
      title: t('enterprise.employees'),
      dataIndex: 'employees',
      ...sortable('employees'),
      width: 110,
      align: 'right',
    },
    {
      title: t('enterprise.landAreaWithUnit'),
      dataIndex: 'landAreaMu',
      ...sortable('landAreaMu'),
      width: 130,
      align: 'right',
      render: (v: string | null) => formatMu(v),
    },
    {
      title: t('enterprise.contact'),
      key: 'contact',
      width: 150,
      render: (_, e) => (
        <div>
          <div>{e.contactName || EMPTY}</div>
          {e.contactPhone ? <div className="kfq-muted kfq-scope">{e.contactPhone}</div> : null}
        </div>
      ),
    },
  ];
  return subParkNames ? columns : columns.filter((c) => !('dataIndex' in c && c.dataIndex === 'subParkId'));
}
