import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { enterprisesApi } from '../../enterprises/api';
import { useT } from '../../../shared/i18n';

/** Props of {@link EnterpriseSelect}. */
export interface EnterpriseSelectProps {
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  multiple?: boolean;
  /** Names of ids already chosen that the current search may not return. */
  known?: { id: string; name: string }[];
  id?: string;
  'aria-label'?: string;
  allowClear?: boolean;
  disabled?: boolean;
}

/** A searchable select of the enterprises in the caller's scope (by name or credit code). */
export function EnterpriseSelect({ known = [], multiple, onChange, ...props }: EnterpriseSelectProps) {
  const t = useT();
  const [keyword, setKeyword] = useState('');
  // Names of what was picked: the search resets on blur, and its next page may not hold them.
  const [picked, setPicked] = useState<Map<string, string>>(() => new Map());
  const found = useQuery({
    queryKey: ['inspections', 'enterprise-search', keyword],
    queryFn: () => enterprisesApi.list({ keyword: keyword || undefined, pageSize: 50 }),
    staleTime: 30_000,
  });
  const options = new Map(known.map((e) => [e.id, e.name]));
  for (const [id, name] of picked) options.set(id, name);
  for (const e of found.data?.items ?? []) options.set(e.id, e.name);
  const change = (value: string | string[]) => {
    const ids = Array.isArray(value) ? value : [value];
    setPicked(new Map(ids.filter((id) => options.has(id)).map((id) => [id, options.get(id)!])));
    onChange?.(value);
  };
  return (
    <Select
      {...props}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setKeyword }}
      loading={found.isFetching}
      placeholder={t('inspections.enterprisePlaceholder')}
      options={[...options].map(([value, label]) => ({ value, label }))}
      onChange={change}
      onBlur={() => setKeyword('')}
    />
  );
}
