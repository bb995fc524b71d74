import { Form, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Department } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { accountsApi } from '../../accounts/api';
import { useCreateDepartment, useUpdateDepartment } from '../hooks';

interface DepartmentValues {
  code: string;
  name: string;
  duties?: string;
  /** 部门负责人: overdue hazards escalate to them. */
  headUserId?: string | null;
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
  // Staff accounts (not enterprises') that may head a department.
  const staff = useQuery({
    queryKey: ['organisation', 'head-candidates'],
    queryFn: () => accountsApi.listUsers({ status: 'active', pageSize: 200 }),
    staleTime: 60_000,
  });
  const headOptions = (staff.data?.items ?? [])
    .filter((u) => u.scope.kind !== 'enterprise')
    .map((u) => ({ value: u.id, label: `${u.displayName}(${u.username})` }));

  const submit = (values: DepartmentValues) => {
    const common = {
      name: values.name.trim(),
      duties: values.duties?.trim() ?? '',
      headUserId: values.headUserId ?? null,
    };
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
        department
          ? {
              code: department.code,
              name: department.name,
              duties: department.duties,
              headUserId: department.headUserId,
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
      <Form.Item
        name="headUserId"
        label={t('hazards.departmentHead')}
        extra={t('hazards.departmentHeadHint')}
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={staff.isFetching}
          aria-label={t('hazards.departmentHead')}
          options={headOptions}
        />
      </Form.Item>
    </FormModal>
  );
}
