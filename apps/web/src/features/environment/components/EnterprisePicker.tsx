import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { enterprisesApi } from '../../enterprises/api';
import { useT } from '../../../shared/i18n';

/** Picks an enterprise by typing part of its name or credit code (first 20 matches in scope). */
export function EnterprisePicker({
  value,
  onChange,
  disabled,
  initialLabel,
}: {
  value?: string;
  onChange?: (id: string) => void;
  disabled?: boolean;
  /** The name of the current value, shown before any search. */
  initialLabel?: string;
}) {
  const t = useT();
  const [keyword, setKeyword] = useState('');
  const found = useQuery({
    queryKey: ['environment', 'enterprise-picker', keyword],
    queryFn: () => enterprisesApi.list({ keyword: keyword || undefined, pageSize: 20 }),
    enabled: !disabled,
    staleTime: 30_000,
  });
  const options = (found.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }));
  if (value && initialLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: initialLabel });
  return (
    <Select
      value={value}
      onChange={onChange}
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setKeyword }}
      options={options}
      loading={found.isFetching}
      placeholder={t('env.enterprisePlaceholder')}
      notFoundContent={null}
    />
  );
}
