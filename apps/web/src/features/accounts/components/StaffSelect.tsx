import { Select } from 'antd';
import { useStaffDirectory } from '../hooks';

/**
 * Picks an active staff member (a form control: `value`/`onChange` come from Form.Item). The current
 * value stays selectable with its stored name even if the directory no longer lists it.
 */
export function StaffSelect({
  value,
  onChange,
  currentName,
  id,
  'aria-label': ariaLabel,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  currentName?: string | null;
  id?: string;
  'aria-label'?: string;
}) {
  const staff = useStaffDirectory();
  const options = (staff.data ?? []).map((m) => ({ value: m.id, label: m.displayName }));
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: currentName ?? value });
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      allowClear
      showSearch
      optionFilterProp="label"
      loading={staff.isLoading}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={options}
    />
  );
}
