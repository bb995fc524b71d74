import { Table, type TableColumnsType } from 'antd';
import type { EnterpriseHistory } from '@kaifaqu/contracts';
import { formatDateTime } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { useChangeFieldLabel, useChangeValueText } from '../change-fields';
import { useIndustries } from '../hooks';
import type { EnterpriseLookups } from '../lookups';

type Change = EnterpriseHistory['changes'][number];

/** 变更记录: each changed field with its Chinese label, old → new value, who changed it and when. */
export function ChangeHistoryTable({ changes, lookups }: { changes: Change[]; lookups: EnterpriseLookups }) {
  const t = useT();
  const industries = useIndustries();
  const label = useChangeFieldLabel();
  const valueText = useChangeValueText(lookups, industries.index);
  const columns: TableColumnsType<Change> = [
    { title: t('history.field'), dataIndex: 'field', width: 140, render: (f: string) => label(f) },
    {
      title: t('history.change'),
      key: 'change',
      render: (_, c) => (
        <span>
          <span className="kfq-muted">{valueText(c.field, c.oldValue)}</span>
          {' → '}
          <span>{valueText(c.field, c.newValue)}</span>
        </span>
      ),
    },
    {
      title: t('history.by'),
      dataIndex: 'changedBy',
      width: 120,
      render: (v: string | null) => v ?? t('enterprise.system'),
    },
    { title: t('history.at'), dataIndex: 'changedAt', width: 170, render: (v: string) => formatDateTime(v) },
  ];
  return (
    <Table<Change>
      rowKey={(c) => `${c.changedAt}-${c.field}`}
      size="small"
      columns={columns}
      dataSource={changes}
      pagination={changes.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t('history.none') }}
    />
  );
}
