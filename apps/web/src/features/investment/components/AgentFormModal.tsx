import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { InvestmentAgent, InvestmentAgentCreateBody } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { FormModal } from '../../../shared/ui/FormModal';
import { useAgent, useCreateAgent, useUpdateAgent } from '../hooks';

interface Values {
  name: string;
  contactName?: string;
  contactPhone?: string;
  contract?: [Dayjs | null, Dayjs | null] | null;
  note?: string;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Records an agent (招商代理) or edits one; an edit first loads the record (lists mask phones). */
export function AgentFormModal({ agentId, onClose }: { agentId: string | null; onClose: () => void }) {
  const detail = useAgent(agentId ?? undefined);
  if (agentId && !detail.data) return detail.error ? <ApiErrorAlert error={detail.error} /> : null;
  return <AgentForm agent={detail.data ?? null} onClose={onClose} />;
}

function AgentForm({ agent, onClose }: { agent: InvestmentAgent | null; onClose: () => void }) {
  const t = useT();
  const create = useCreateAgent();
  const update = useUpdateAgent();
  const mutation = agent ? update : create;

  const submit = (v: Values) => {
    const body: InvestmentAgentCreateBody = {
      name: v.name.trim(),
      contactName: v.contactName?.trim() ?? '',
      contactPhone: v.contactPhone?.trim() || null,
      contractFrom: day(v.contract?.[0]),
      contractTo: day(v.contract?.[1]),
      note: v.note?.trim() ?? '',
    };
    if (agent)
      update.mutate({ id: agent.id, body: { ...body, version: agent.version } }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };

  return (
    <FormModal<Values>
      title={agent ? t('investment.agent.edit') : t('investment.agent.create')}
      initialValues={
        agent
          ? {
              name: agent.name,
              contactName: agent.contactName,
              contactPhone: agent.contactPhone ?? '',
              contract: [
                agent.contractFrom ? dayjs(agent.contractFrom) : null,
                agent.contractTo ? dayjs(agent.contractTo) : null,
              ],
              note: agent.note,
            }
          : {}
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item
        name="name"
        label={t('investment.agent.name')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="contactName" label={t('investment.contactName')} rules={[{ max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('investment.contactPhone')}
        rules={[{ pattern: /^[0-9+\- ()]{3,30}$/ }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="contract" label={t('investment.agent.contract')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item name="note" label={t('investment.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
