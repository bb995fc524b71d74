import { Form, Input, Select } from 'antd';
import type { Role, UserStatus } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FilterActions } from '../../../shared/ui/FilterActions';

/** The filter values of the account list. */
export interface UserFilterValues {
  keyword?: string;
  status?: UserStatus;
  roleCode?: string;
}

/** Search bar of the account list: keyword, status and role. */
export function UserFilters({
  roles,
  onSearch,
}: {
  roles: Role[];
  onSearch: (values: UserFilterValues) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<UserFilterValues>();
  return (
    <Form<UserFilterValues> form={form} layout="inline" onFinish={onSearch} className="kfq-filters">
      <Form.Item name="keyword" label={t('users.keyword')}>
        <Input allowClear placeholder={t('users.keywordPlaceholder')} maxLength={64} />
      </Form.Item>
      <Form.Item name="status" label={t('common.status')}>
        <Select
          allowClear
          className="kfq-filter-select"
          placeholder={t('users.anyStatus')}
          options={[
            { value: 'active', label: t('users.status.active') },
            { value: 'disabled', label: t('status.disabled') },
          ]}
        />
      </Form.Item>
      <Form.Item name="roleCode" label={t('users.role')}>
        <Select
          allowClear
          className="kfq-filter-select"
          placeholder={t('users.anyRole')}
          showSearch={{ optionFilterProp: 'label' }}
          options={roles.map((r) => ({ value: r.code, label: r.name }))}
        />
      </Form.Item>
      <FilterActions
        onReset={() => {
          form.resetFields();
          onSearch({});
        }}
      />
    </Form>
  );
}
