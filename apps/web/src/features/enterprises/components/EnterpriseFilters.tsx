import { useEffect } from 'react';
import { Cascader, Form, Input, Select } from 'antd';
import {
  enterpriseStatuses,
  qualificationKinds,
  type EnterpriseListQuery,
  type LeadingIndustry,
  type SubPark,
} from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import type { IndustryCascaderOption } from '../industry-tree';
import type { EnterpriseFilterValues } from '../list-params';
import { FilterActions } from '../../../shared/ui/FilterActions';

interface FormValues {
  keyword?: string;
  subParkId?: string;
  /** [门类] or [门类, 大类]. */
  industry?: string[];
  status?: EnterpriseListQuery['status'];
  qualification?: EnterpriseListQuery['qualification'];
  leadingIndustryCode?: string;
}

/** Props of {@link EnterpriseFilters}. */
export interface EnterpriseFiltersProps {
  value: EnterpriseFilterValues;
  /** Sub-parks to filter by; null when the user may not list them (the filter is then left out). */
  subParks: SubPark[] | null;
  industries: IndustryCascaderOption[];
  leadingIndustries: LeadingIndustry[];
  onSearch: (values: EnterpriseFilterValues) => void;
}

/** Search bar of the enterprise list: keyword, sub-park, 门类 → 大类, status, qualification, leading industry. */
export function EnterpriseFilters({
  value,
  subParks,
  industries,
  leadingIndustries,
  onSearch,
}: EnterpriseFiltersProps) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  // The filters live in the address bar: follow it when it changes from outside (back button, menu).
  useEffect(() => {
    form.setFieldsValue({
      keyword: value.keyword,
      subParkId: value.subParkId,
      industry: value.section ? [value.section, ...(value.division ? [value.division] : [])] : undefined,
      status: value.status,
      qualification: value.qualification,
      leadingIndustryCode: value.leadingIndustryCode,
    });
  }, [
    form,
    value.keyword,
    value.subParkId,
    value.section,
    value.division,
    value.status,
    value.qualification,
    value.leadingIndustryCode,
  ]);
  const submit = (v: FormValues) =>
    onSearch({
      keyword: v.keyword?.trim() || undefined,
      subParkId: v.subParkId,
      section: v.industry?.[0],
      division: v.industry?.[1],
      status: v.status,
      qualification: v.qualification,
      leadingIndustryCode: v.leadingIndustryCode,
    });
  const select = { allowClear: true, className: 'kfq-filter-select', placeholder: t('enterprise.filterAny') };
  return (
    <Form<FormValues>
      form={form}
      name="enterpriseFilters"
      layout="inline"
      onFinish={submit}
      className="kfq-filters"
    >
      <Form.Item name="keyword" label={t('enterprise.keyword')}>
        <Input allowClear placeholder={t('enterprise.keywordPlaceholder')} maxLength={100} />
      </Form.Item>
      {subParks ? (
        <Form.Item name="subParkId" label={t('enterprise.subPark')}>
          <Select {...select} options={subParks.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      ) : null}
      <Form.Item name="industry" label={t('enterprise.industry')}>
        <Cascader
          allowClear
          changeOnSelect
          options={industries}
          placeholder={t('enterprise.industryFilterPlaceholder')}
          showSearch
          className="kfq-filter-cascader"
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item name="status" label={t('common.status')}>
        <Select
          {...select}
          options={enterpriseStatuses.map((s) => ({ value: s, label: t(`enterpriseStatus.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="qualification" label={t('enterprise.qualification')}>
        <Select
          {...select}
          options={qualificationKinds.map((k) => ({ value: k, label: t(`qualificationKind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="leadingIndustryCode" label={t('enterprise.leadingIndustry')}>
        <Select {...select} options={leadingIndustries.map((l) => ({ value: l.code, label: l.name }))} />
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
