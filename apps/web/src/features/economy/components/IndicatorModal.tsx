import { App, AutoComplete, Form, Input, InputNumber, Radio, Select } from 'antd';
import { enterpriseCategories, type Department, type Indicator } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useIndicatorMutations } from '../hooks';
import {
  createBody,
  initialIndicatorValues,
  PERCENT_PATTERN,
  updateBody,
  type IndicatorFormValues,
} from '../indicator-form';

const UNITS = ['万元', '万美元', '吨标准煤', '万千瓦时', '人', '个', '亩'];

/** Props of {@link IndicatorModal}. */
export interface IndicatorModalProps {
  /** The indicator to change, or null to add one. */
  indicator: Indicator | null;
  departments: Department[];
  onClose: () => void;
}

/** 新增 / 编辑指标: code and scale are set once, when adding; thresholds are typed in percent. */
export function IndicatorModal({ indicator, departments, onClose }: IndicatorModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<IndicatorFormValues>();
  const reporter = Form.useWatch('reporter', form);
  const { create, update } = useIndicatorMutations();
  const mutation = indicator ? update : create;
  const done = () => {
    void message.success(t('common.saved'));
    onClose();
  };
  const submit = (values: IndicatorFormValues) => {
    if (indicator)
      update.mutate({ id: indicator.id, body: updateBody(values, indicator.version) }, { onSuccess: done });
    else create.mutate(createBody(values), { onSuccess: done });
  };
  const departmentOptions = departments
    .filter((d) => d.status === 'active' || d.id === indicator?.leadDepartmentId)
    .map((d) => ({ value: d.id, label: d.name }));
  const percentRule = { pattern: PERCENT_PATTERN, message: t('indicatorCatalogue.percentInvalid') };
  return (
    <FormModal<IndicatorFormValues>
      form={form}
      title={indicator ? t('indicatorCatalogue.edit') : t('indicatorCatalogue.create')}
      initialValues={initialIndicatorValues(indicator)}
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
      width={720}
    >
      <div className="kfq-form-grid">
        <Form.Item
          name="name"
          label={t('indicatorCatalogue.name')}
          rules={[{ required: true, max: 50, whitespace: true }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('indicatorCatalogue.code')}
          extra={indicator ? undefined : t('indicatorCatalogue.codeHint')}
          rules={
            indicator
              ? []
              : [
                  {
                    required: true,
                    pattern: /^[a-z][A-Za-z0-9]{1,39}$/,
                    message: t('indicatorCatalogue.codeInvalid'),
                  },
                ]
          }
        >
          <Input maxLength={40} disabled={Boolean(indicator)} className="kfq-file-code" />
        </Form.Item>
        <Form.Item
          name="unit"
          label={t('indicatorCatalogue.unit')}
          rules={[{ required: true, max: 16, whitespace: true }]}
        >
          <AutoComplete options={UNITS.map((u) => ({ value: u }))} maxLength={16} />
        </Form.Item>
        <Form.Item
          name="scale"
          label={t('indicatorCatalogue.scale')}
          extra={indicator ? undefined : t('indicatorCatalogue.scaleHint')}
          rules={[{ required: true }]}
        >
          <InputNumber
            min={0}
            max={6}
            precision={0}
            disabled={Boolean(indicator)}
            className="kfq-full-width"
          />
        </Form.Item>
        <Form.Item name="kind" label={t('indicatorCatalogue.kind')} rules={[{ required: true }]}>
          <Radio.Group
            options={(['flow', 'stock'] as const).map((k) => ({ value: k, label: t(`economy.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="reporter" label={t('indicatorCatalogue.reporter')} rules={[{ required: true }]}>
          <Radio.Group
            options={(['enterprise', 'department'] as const).map((r) => ({
              value: r,
              label: t(`economy.reporter.${r}`),
            }))}
          />
        </Form.Item>
        {reporter === 'enterprise' ? (
          <Form.Item
            name="enterpriseCategory"
            label={t('indicatorCatalogue.category')}
            rules={[{ required: true }]}
          >
            <Select
              options={enterpriseCategories.map((c) => ({ value: c, label: t(`economy.category.${c}`) }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="frequency" label={t('indicatorCatalogue.frequency')} rules={[{ required: true }]}>
          <Select
            options={(['monthly', 'quarterly', 'yearly'] as const).map((f) => ({
              value: f,
              label: t(`economy.frequency.${f}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="leadDepartmentId" label={t('indicatorCatalogue.leadDepartment')}>
          <Select allowClear options={departmentOptions} optionFilterProp="label" showSearch />
        </Form.Item>
        <Form.Item name="cooperatingDepartmentIds" label={t('indicatorCatalogue.cooperatingDepartments')}>
          <Select
            mode="multiple"
            allowClear
            options={departmentOptions}
            optionFilterProp="label"
            maxCount={20}
          />
        </Form.Item>
        <Form.Item
          name="alarmPercent"
          label={t('indicatorCatalogue.alarmThreshold')}
          extra={t('indicatorCatalogue.alarmHint')}
          rules={[percentRule]}
        >
          <Input suffix="%" inputMode="decimal" />
        </Form.Item>
        <Form.Item
          name="excellencePercent"
          label={t('indicatorCatalogue.excellenceThreshold')}
          extra={t('indicatorCatalogue.excellenceHint')}
          rules={[percentRule]}
        >
          <Input suffix="%" inputMode="decimal" />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('indicatorCatalogue.sortOrder')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10_000} precision={0} className="kfq-full-width" />
        </Form.Item>
        {indicator ? (
          <Form.Item name="status" label={t('common.status')} rules={[{ required: true }]}>
            <Select
              options={(['active', 'archived'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
          </Form.Item>
        ) : null}
      </div>
    </FormModal>
  );
}
