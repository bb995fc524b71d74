import { App, Form, Input } from 'antd';
import type { Enterprise } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useEnterpriseMutations } from '../hooks';

interface ContactValues {
  contactName?: string;
  contactPhone?: string;
  address?: string;
}

const PHONE = /^[0-9+\- ]{5,20}$/;

/** 编辑联系方式: the contact fields an enterprise user may keep current on its own record. */
export function ContactModal({ enterprise, onClose }: { enterprise: Enterprise; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { updateContact } = useEnterpriseMutations();
  const submit = (v: ContactValues) =>
    updateContact.mutate(
      {
        id: enterprise.id,
        body: {
          contactName: v.contactName?.trim() ?? '',
          contactPhone: v.contactPhone?.trim() || null,
          address: v.address?.trim() ?? '',
          version: enterprise.version,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
      },
    );
  return (
    <FormModal<ContactValues>
      title={t('enterprise.editContact')}
      initialValues={{
        contactName: enterprise.contactName,
        contactPhone: enterprise.contactPhone ?? undefined,
        address: enterprise.address,
      }}
      onSubmit={submit}
      onCancel={onClose}
      submitting={updateContact.isPending}
      error={updateContact.error}
    >
      <Form.Item name="contactName" label={t('enterprise.contactName')} rules={[{ max: 50 }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('enterprise.contactPhone')}
        rules={[{ pattern: PHONE, message: t('users.phoneFormat') }]}
      >
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item name="address" label={t('enterprise.address')} rules={[{ max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
