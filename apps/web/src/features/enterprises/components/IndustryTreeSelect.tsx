import { TreeSelect } from 'antd';
import { useT } from '../../../shared/i18n';
import { useIndustries } from '../hooks';

/** Props of {@link IndustryTreeSelect}; value and onChange come from the Form.Item. */
export interface IndustryTreeSelectProps {
  value?: string;
  onChange?: (code: string) => void;
  id?: string;
}

/**
 * Picks a GB/T 4754-2017 小类 from the whole tree (门类 › 大类 › 中类 › 小类), searchable by code or name;
 * only the leaves (小类) can be chosen, as the registry requires.
 */
export function IndustryTreeSelect({ value, onChange, id }: IndustryTreeSelectProps) {
  const t = useT();
  const industries = useIndustries();
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      treeData={industries.index.tree}
      loading={industries.isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      placeholder={t('enterprise.industryPlaceholder')}
      treeExpandAction="click"
      listHeight={360}
      popupMatchSelectWidth={false}
      allowClear
    />
  );
}
