import { useState } from 'react';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { HazardCategory, HazardCreateBody, HazardGrade } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { EnterpriseSelect } from '../../inspections/components/EnterpriseSelect';
import { PhotoField } from '../../inspections/components/PhotoField';
import { hazardsApi } from '../api';
import { useHazardMutation } from '../hooks';
import { hazardOptions } from '../labels';

interface Values {
  enterpriseId: string;
  location: string;
  category: HazardCategory;
  grade: HazardGrade;
  description: string;
  legalBasis?: string;
  foundOn: Dayjs;
  deadline: Dayjs;
  responsiblePerson: string;
  responsiblePhone?: string;
}

/** 登记隐患: staff register a hazard found outside an inspection. */
export function HazardFormModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<string[]>([]);
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const create = useHazardMutation((body: HazardCreateBody) => hazardsApi.create(body));
  const { categories, grades } = hazardOptions(t);
  const submit = (v: Values) =>
    create.mutate(
      {
        enterpriseId: v.enterpriseId,
        location: v.location,
        category: v.category,
        grade: v.grade,
        description: v.description,
        legalBasis: v.legalBasis ?? '',
        photoFileIds: photos,
        foundOn: v.foundOn.format('YYYY-MM-DD'),
        deadline: v.deadline.format('YYYY-MM-DD'),
        responsiblePerson: v.responsiblePerson,
        responsiblePhone: v.responsiblePhone || null,
      },
      { onSuccess: (d) => onCreated(d.hazard.id) },
    );
  return (
    <FormModal<Values>
      title={t('hazards.register')}
      form={form}
      width={680}
      initialValues={{ grade: 'general', foundOn: dayjs(), deadline: dayjs().add(7, 'day') }}
      onSubmit={submit}
      onCancel={onClose}
      submitting={create.isPending}
      error={create.error}
    >
      <Form.Item name="enterpriseId" label={t('hazards.enterprise')} rules={[{ required: true }]}>
        <EnterpriseSelect aria-label={t('hazards.enterprise')} />
      </Form.Item>
      <Form.Item name="location" label={t('hazards.location')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="category" label={t('hazards.category')} rules={[{ required: true }]}>
        <Select options={categories} aria-label={t('hazards.category')} />
      </Form.Item>
      <Form.Item name="grade" label={t('hazards.gradeLabel')} rules={[{ required: true }]}>
        <Select options={grades} aria-label={t('hazards.gradeLabel')} />
      </Form.Item>
      <Form.Item name="description" label={t('hazards.description')} rules={[{ required: true, max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('hazards.legalBasis')} rules={[{ max: 1000 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="foundOn" label={t('hazards.foundOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="deadline" label={t('hazards.deadline')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="responsiblePerson"
        label={t('hazards.responsiblePerson')}
        rules={[{ required: true, max: 50 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="responsiblePhone" label={t('hazards.responsiblePhone')} rules={[{ max: 30 }]}>
        <Input />
      </Form.Item>
      <Form.Item label={t('hazards.photos')}>
        {enterpriseId ? (
          <PhotoField
            photoIds={photos}
            enterpriseId={enterpriseId}
            subParkId={null}
            label={t('hazards.photos')}
            onChange={setPhotos}
          />
        ) : (
          t('hazards.chooseEnterpriseFirst')
        )}
      </Form.Item>
    </FormModal>
  );
}
