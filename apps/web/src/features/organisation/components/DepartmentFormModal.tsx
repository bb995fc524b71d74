import { Form, Input } from 'antd';
import type { Department } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useCreateDepartment, useUpdateDepartment } from '../hooks';

interface DepartmentValues {
  code: string;
  name: string;
  duties?: string;
}

/** Creates a department (`department` null) or edits one; archiving is a separate row action. */
export function DepartmentFormModal({
  department,
  onClose,
}: {
  department: Department | null;
  onClose: () => void;
}) {
  const t = useT();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const mutation = department ? update : create;

  const submit = (values: DepartmentValues) => {
    const common = { name: values.name.trim(), duties: values.duties?.trim() ?? '' };
    if (department) {
      update.mutate(
        { id: department.id, body: { ...common, status: department.status, version: department.version } },
        { onSuccess: onClose },
      );
    } else {
      create.mutate({ ...common, code: values.code.trim() }, { onSuccess: onClose });
    }
  };

  return (
    <FormModal<DepartmentValues>
      title={department ? t('department.edit') : t('department.create')}
      initialValues={
        department ? { code: department.code, name: department.name, duties: department.duties } : {}
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
        extra={department ? t('org.codeFixed') : undefined}
      >
        <Input disabled={Boolean(department)} maxLength={32} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('department.name')}
        rules={[{ required: true, whitespace: true }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="duties"
        label={t('department.duties')}
        rules={[{ max: 500 }]}
        extra={t('department.dutiesHint')}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
