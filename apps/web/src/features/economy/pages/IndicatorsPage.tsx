import { useMemo, useState } from 'react';
import { Button, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Indicator } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { nameMap } from '../../auth/scope';
import { useDepartments } from '../../organisation/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { IndicatorModal } from '../components/IndicatorModal';
import { useIndicators } from '../hooks';
import { useIndicatorColumns } from '../indicator-columns';

/** 指标目录: the indicators enterprises and departments report, with add and edit for indicator:manage. */
export function IndicatorsPage() {
  const t = useT();
  const can = useCan();
  const manage = can('indicator:manage');
  const indicators = useIndicators();
  const departments = useDepartments(can('org:read'));
  const departmentNames = useMemo(() => nameMap(departments.data), [departments.data]);
  // undefined: closed; null: adding; an indicator: editing it.
  const [editing, setEditing] = useState<Indicator | null | undefined>(undefined);
  const columns = useIndicatorColumns(departmentNames, manage ? setEditing : null);
  const sorted = useMemo(
    () =>
      [...(indicators.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)),
    [indicators.data],
  );
  return (
    <PageContainer
      title={t('menu.indicators')}
      description={t('indicatorCatalogue.description')}
      extra={
        manage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('indicatorCatalogue.create')}
          </Button>
        ) : null
      }
    >
      {indicators.isError ? <ApiErrorAlert error={indicators.error} /> : null}
      <Table<Indicator>
        rowKey="id"
        columns={columns}
        dataSource={sorted}
        loading={indicators.isFetching}
        scroll={{ x: 1160 }}
        pagination={false}
      />
      {editing !== undefined ? (
        <IndicatorModal
          key={editing?.id ?? 'new'}
          indicator={editing}
          departments={departments.data ?? []}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
    </PageContainer>
  );
}
