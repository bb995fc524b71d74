import { Form, Input } from 'antd';
import type { SubPark } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCreateSubPark, useUpdateSubPark } from '../hooks';

interface SubParkValues {
  code: string;
  name: string;
  boundary?: string;
  areaMu?: string;
}

/** Creates a sub-park (`subPark` null) or edits one; archiving is a separate row action. */
export function SubParkFormModal({ subPark, onClose }: { subPark: SubPark | null; onClose: () => void }) {
  const t = useT();
  const create = useCreateSubPark();
  const update = useUpdateSubPark();
  const mutation = subPark ? update : create;

  const submit = (values: SubParkValues) => {
    const common = {
      name: values.name.trim(),
      boundary: values.boundary?.trim() ?? '',
      areaMu: values.areaMu?.trim() ? values.areaMu.trim() : null,
    };
    if (subPark) {
      update.mutate(
        { id: subPark.id, body: { ...common, status: subPark.status, version: subPark.version } },
        { onSuccess: onClose },
      );
    } else {
      create.mutate({ ...common, code: values.code.trim() }, { onSuccess: onClose });
    }
  };

  return (
    <FormModal<SubParkValues>
      title={subPark ? t('subPark.edit') : t('subPark.create')}
      initialValues={
        subPark
          ? {
              code: subPark.code,
              name: subPark.name,
              boundary: subPark.boundary,
              areaMu: subPark.areaMu ?? '',
            }
          : {}
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item
        name="code"
        label={t('common.code')}
        rules={[{ required: true }, { pattern: /^[A-Za-z0-9_-]{1,32}$/, message: t('validation.code') }]}
        extra={subPark ? t('org.codeFixed') : undefined}
      >
        <Input disabled={Boolean(subPark)} maxLength={32} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('subPark.name')}
        rules={[{ required: true, whitespace: true }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="areaMu"
        label={t('subPark.areaMu')}
        rules={[{ pattern: /^\d{1,9}(\.\d{1,2})?$/, message: t('subPark.areaMuFormat') }]}
      >
        <Input suffix={t('unit.mu')} inputMode="decimal" placeholder="1234.50" />
      </Form.Item>
      <Form.Item
        name="boundary"
        label={t('subPark.boundary')}
        rules={[{ max: 500 }]}
        extra={t('subPark.boundaryHint')}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
