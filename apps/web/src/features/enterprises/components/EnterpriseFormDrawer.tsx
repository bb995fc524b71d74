import { App, Button, Drawer, Form, Space } from 'antd';
import type { Enterprise } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { useSubParks } from '../../organisation/hooks';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { toCreateBody, toFormValues, toProfile, type EnterpriseFormValues } from '../enterprise-form';
import { useEnterpriseMutations, useLeadingIndustries, useLiaisonCandidates } from '../hooks';
import { EnterpriseFormFields } from './EnterpriseFormFields';

/** Props of {@link EnterpriseFormDrawer}. */
export interface EnterpriseFormDrawerProps {
  /** The enterprise to edit (unmasked, from 一企一档); null to register one. */
  enterprise: Enterprise | null;
  onClose: () => void;
  onSaved?: (enterprise: Enterprise) => void;
}

/** 登记企业 / 编辑企业: the whole profile in a drawer; money is typed in 万元 and stored in 分. */
export function EnterpriseFormDrawer({ enterprise, onClose, onSaved }: EnterpriseFormDrawerProps) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const subParks = useSubParks(can('org:read'));
  const leading = useLeadingIndustries();
  const liaisons = useLiaisonCandidates(can('enterprise:manage'));
  const { create, update } = useEnterpriseMutations();
  const mutation = enterprise ? update : create;
  // Without the picker the liaison stays as it is: null for a new enterprise, unchanged for an edit.
  const pickLiaison = liaisons.isSuccess;

  const submit = (values: EnterpriseFormValues) => {
    const liaison = pickLiaison ? (values.liaisonUserId ?? null) : (enterprise?.liaisonUserId ?? null);
    const done = (saved: Enterprise) => {
      void message.success(enterprise ? t('common.saved') : t('enterprise.created'));
      onClose();
      onSaved?.(saved);
    };
    if (enterprise) {
      update.mutate(
        { id: enterprise.id, body: { ...toProfile(values, liaison), version: enterprise.version } },
        { onSuccess: done },
      );
    } else {
      create.mutate(toCreateBody(values, liaison), { onSuccess: done });
    }
  };

  return (
    <Drawer
      open
      title={enterprise ? t('enterprise.edit') : t('enterprise.create')}
      size={760}
      onClose={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      extra={
        <Space>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => form.submit()}>
            {t('action.save')}
          </Button>
        </Space>
      }
    >
      {mutation.error ? <ApiErrorAlert error={mutation.error} /> : null}
      <Form<EnterpriseFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(enterprise)}
        onFinish={submit}
        scrollToFirstError
      >
        <EnterpriseFormFields
          creating={!enterprise}
          subParks={(subParks.data ?? []).filter(
            (p) => p.status === 'active' || p.id === enterprise?.subParkId,
          )}
          leadingIndustries={leading.data ?? []}
          liaisons={pickLiaison ? liaisons.data : null}
        />
      </Form>
    </Drawer>
  );
}
