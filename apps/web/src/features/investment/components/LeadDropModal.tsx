import { Form, Input } from 'antd';
import type { Lead } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useDropLead } from '../hooks';

/** Gives up an open lead with the reason why (放弃原因). */
export function LeadDropModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const t = useT();
  const drop = useDropLead();
  return (
    <FormModal<{ reason: string }>
      title={t('investment.lead.dropTitle', { title: lead.title })}
      okText={t('investment.lead.drop')}
      onSubmit={(v) =>
        drop.mutate(
          { id: lead.id, body: { reason: v.reason.trim(), version: lead.version } },
          { onSuccess: onClose },
        )
      }
      onCancel={onClose}
      submitting={drop.isPending}
      error={drop.error}
    >
      <Form.Item
        name="reason"
        label={t('investment.lead.dropReason')}
        rules={[{ required: true, whitespace: true, max: 500 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
