import { Alert, Form, Input, Radio, Select, Typography } from 'antd';
import { scopeKinds, type Role, type ScopeKind, type SubPark, type User } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useUserMutations } from '../hooks';
import { AdminDutyTag } from './AdminDutyTag';

interface RolesValues {
  roleCodes: string[];
  kind: ScopeKind;
  subParkIds?: string[];
  enterpriseId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Props of {@link UserRolesModal}. */
export interface UserRolesModalProps {
  user: User;
  roles: Role[];
  /** Sub-parks to choose from; empty when the user may not read the organisation. */
  subParks: SubPark[];
  onClose: () => void;
}

/** 分配角色: grants roles and the data scope (全区 / 指定园区 / 本部门 / 本企业) to an account. */
export function UserRolesModal({ user, roles, subParks, onClose }: UserRolesModalProps) {
  const t = useT();
  const [form] = Form.useForm<RolesValues>();
  const { assignRoles } = useUserMutations();
  const kind = Form.useWatch('kind', form) ?? user.scope.kind;
  const roleCodes = Form.useWatch('roleCodes', form) ?? user.roleCodes;
  const duties = new Set(
    roles.filter((r) => roleCodes.includes(r.code) && r.adminDuty).map((r) => r.adminDuty),
  );

  const submit = (values: RolesValues) => {
    assignRoles.mutate(
      {
        id: user.id,
        body: {
          roleCodes: values.roleCodes,
          scope: {
            kind: values.kind,
            subParkIds: values.kind === 'subParks' ? (values.subParkIds ?? []) : [],
            enterpriseId: values.kind === 'enterprise' ? (values.enterpriseId?.trim() ?? null) : null,
          },
          version: user.version,
        },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <FormModal<RolesValues>
      form={form}
      title={t('users.assignRolesTitle', { name: user.displayName })}
      width={620}
      initialValues={{
        roleCodes: user.roleCodes,
        kind: user.scope.kind,
        subParkIds: user.scope.subParkIds,
        enterpriseId: user.scope.enterpriseId ?? undefined,
      }}
      onSubmit={submit}
      onCancel={onClose}
      submitting={assignRoles.isPending}
      error={assignRoles.error}
    >
      <Form.Item name="roleCodes" label={t('users.roles')}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('users.noRoles')}
          showSearch={{ optionFilterProp: 'label' }}
          options={roles.map((r) => ({ value: r.code, label: r.name, duty: r.adminDuty }))}
          optionRender={(option) => (
            <span>
              {option.label} <AdminDutyTag duty={option.data.duty ?? null} />
            </span>
          )}
        />
      </Form.Item>
      {duties.size > 1 ? (
        <Alert className="kfq-block-alert" type="warning" showIcon title={t('users.dutyConflictHint')} />
      ) : null}
      <Form.Item name="kind" label={t('users.scope')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={scopeKinds.map((k) => ({ value: k, label: t(`scope.${k}`) }))}
        />
      </Form.Item>
      {kind === 'subParks' ? (
        <Form.Item
          name="subParkIds"
          label={t('users.scopeSubParks')}
          rules={[{ required: true, type: 'array', min: 1, message: t('users.scopeSubParksRequired') }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={subParks.map((p) => ({ value: p.id, label: p.name, disabled: p.status !== 'active' }))}
          />
        </Form.Item>
      ) : null}
      {kind === 'department' ? (
        <Alert
          className="kfq-block-alert"
          type={user.departmentId ? 'info' : 'warning'}
          showIcon
          title={user.departmentId ? t('users.scopeDepartmentHint') : t('users.scopeDepartmentMissing')}
        />
      ) : null}
      {kind === 'enterprise' ? (
        <Form.Item
          name="enterpriseId"
          label={t('users.scopeEnterpriseId')}
          extra={t('users.scopeEnterpriseHint')}
          rules={[{ required: true }, { pattern: UUID, message: t('users.scopeEnterpriseFormat') }]}
        >
          <Input maxLength={36} autoComplete="off" placeholder="01890a5d-ac96-774b-bcce-b302099a8057" />
        </Form.Item>
      ) : null}
      {kind === 'zone' ? (
        <Typography.Paragraph type="secondary">{t('users.scopeZoneHint')}</Typography.Paragraph>
      ) : null}
    </FormModal>
  );
}
