import { useMemo, useState } from 'react';
import { Select } from 'antd';
import type { InvestorRef } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { useInvestors } from '../hooks';

/** Props of {@link InvestorSelect}; value/onChange are given by Form.Item. */
export interface InvestorSelectProps {
  /** Given by Form.Item so the label points at the input. */
  id?: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  /** Investors already chosen, so their names show before any search. */
  known?: InvestorRef[];
}

/** Picks one investor (or several) by typing part of the name; searches the server as one types. */
export function InvestorSelect({ id, value, onChange, multiple, known = [] }: InvestorSelectProps) {
  const t = useT();
  const [q, setQ] = useState('');
  const found = useInvestors({ q: q || undefined, pageSize: 20 });
  const options = useMemo(() => {
    const byId = new Map(known.map((i) => [i.id, i.name]));
    for (const i of found.data?.items ?? []) byId.set(i.id, i.name);
    return [...byId].map(([id, name]) => ({ value: id, label: name }));
  }, [known, found.data]);
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      showSearch
      filterOption={false}
      onSearch={setQ}
      loading={found.isFetching}
      placeholder={t('investment.investor.placeholder')}
      options={options}
      value={value ?? undefined}
      onChange={(v: string | string[] | undefined) => onChange?.(v ?? (multiple ? [] : null))}
    />
  );
}
