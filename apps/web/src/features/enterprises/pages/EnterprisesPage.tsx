import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Space, Table, type TableProps } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Enterprise } from '@kaifaqu/contracts';
import { useCan, useMe } from '../../auth/hooks';
import { nameMap } from '../../auth/scope';
import { useSubParks } from '../../organisation/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageContainer } from '../../../shared/ui/PageContainer';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { enterprisesApi } from '../api';
import { EnterpriseCountCards } from '../components/EnterpriseCountCards';
import { EnterpriseFilters } from '../components/EnterpriseFilters';
import { EnterpriseFormDrawer } from '../components/EnterpriseFormDrawer';
import { ImportModal } from '../components/ImportModal';
import { useEnterpriseColumns } from '../enterprise-columns';
import { useEnterprises, useIndustries, useLeadingIndustries } from '../hooks';
import { useEnterpriseListQuery } from '../list-params';

/** 企业名录: headline counts, filters, the registry table, and registration, import and export by permission. */
export function EnterprisesPage() {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const ownEnterprise = me.scope.kind === 'enterprise';
  const [query, update] = useEnterpriseListQuery();
  const enterprises = useEnterprises(query);
  const subParks = useSubParks(can('org:read'));
  const industries = useIndustries(!ownEnterprise);
  const leading = useLeadingIndustries(!ownEnterprise);
  const subParkNames = useMemo(() => (subParks.data ? nameMap(subParks.data) : null), [subParks.data]);
  const columns = useEnterpriseColumns(query, subParkNames);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const exportList = () => {
    const { page: _page, pageSize: _size, ...filters } = query;
    setExporting(true);
    enterprisesApi
      .downloadExport(filters)
      .catch(notifyError)
      .finally(() => setExporting(false));
  };

  const onChange: TableProps<Enterprise>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = s?.order ? (s.columnKey as typeof query.sort) : undefined;
      update({ sort: key, order: key ? (s?.order === 'descend' ? 'desc' : 'asc') : undefined, page: 1 });
      return;
    }
    update({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
  };

  const toolbar = (
    <Space>
      {can('enterprise:import') ? (
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          {t('enterprise.import')}
        </Button>
      ) : null}
      {can('enterprise:export') ? (
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
          {t('enterprise.export')}
        </Button>
      ) : null}
      {can('enterprise:manage') ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('enterprise.create')}
        </Button>
      ) : null}
    </Space>
  );

  return (
    <PageContainer
      title={t('menu.enterprises')}
      description={ownEnterprise ? t('enterprise.ownDescription') : t('enterprise.description')}
      extra={toolbar}
    >
      {ownEnterprise ? null : <EnterpriseCountCards />}
      {ownEnterprise ? null : (
        <EnterpriseFilters
          value={query}
          subParks={subParks.data ?? null}
          industries={industries.index.cascader}
          leadingIndustries={leading.data ?? []}
          onSearch={(filters) =>
            update({
              keyword: undefined,
              subParkId: undefined,
              section: undefined,
              division: undefined,
              status: undefined,
              qualification: undefined,
              leadingIndustryCode: undefined,
              ...filters,
              page: 1,
            })
          }
        />
      )}
      {enterprises.isError ? <ApiErrorAlert error={enterprises.error} /> : null}
      <Table<Enterprise>
        rowKey="id"
        columns={columns}
        dataSource={enterprises.data?.items ?? []}
        loading={enterprises.isFetching}
        scroll={{ x: 1300 }}
        onChange={onChange}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: enterprises.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { total }),
        }}
      />
      {creating ? (
        <EnterpriseFormDrawer
          enterprise={null}
          onClose={() => setCreating(false)}
          onSaved={(e) => void navigate(`/enterprises/${e.id}`)}
        />
      ) : null}
      {importing ? <ImportModal onClose={() => setImporting(false)} /> : null}
    </PageContainer>
  );
}
