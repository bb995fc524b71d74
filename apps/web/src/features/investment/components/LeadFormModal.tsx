import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Department, Lead, LeadCreateBody, LeadSource, StaffMember } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { decimalPattern, scaledToText, textToScaled } from '../../../shared/scaled';
import { FormModal } from '../../../shared/ui/FormModal';
import { useAgents, useCreateLead, useUpdateLead } from '../hooks';
import { leadSourceKey, leadSources, optionsOf } from '../labels';
import { InvestorSelect } from './InvestorSelect';

interface Values {
  title: string;
  investorId?: string | null;
  source: LeadSource;
  agentId?: string | null;
  industryCode?: string;
  estimatedWan?: string;
  receivedOn: Dayjs;
  followerUserId?: string | null;
  departmentId?: string | null;
  note?: string;
}

/** 万元 text ↔ 分: 1 万元 = 10^6 分. */
const WAN_SCALE = 6;
const wanToFen = (text?: string) => (text?.trim() ? textToScaled(text, WAN_SCALE, false) : null);

/** Props of {@link LeadFormModal}. */
export interface LeadFormModalProps {
  /** The lead being edited, or null to record one. */
  lead: Lead | null;
  followers: StaffMember[];
  /** Departments to choose from; null when the user may not list them. */
  departments: Department[] | null;
  onClose: () => void;
}

/** Records or edits a lead (线索): source, agent for 委托代理, investor, estimate in 万元, follower. */
export function LeadFormModal({ lead, followers, departments, onClose }: LeadFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const create = useCreateLead();
  const update = useUpdateLead();
  const mutation = lead ? update : create;
  const agents = useAgents({ pageSize: 200 });
  const source = Form.useWatch('source', form);

  const submit = (v: Values) => {
    const follower = followers.find((f) => f.id === v.followerUserId);
    const body: LeadCreateBody = {
      title: v.title.trim(),
      investorId: v.investorId ?? null,
      source: v.source,
      agentId: v.source === 'agent' ? (v.agentId ?? null) : null,
      industryCode: v.industryCode?.trim() || null,
      estimatedInvestmentFen: wanToFen(v.estimatedWan),
      receivedOn: v.receivedOn.format('YYYY-MM-DD'),
      followerUserId: v.followerUserId ?? null,
      // Without the department list, the lead goes to its follower's department.
      departmentId: departments
        ? (v.departmentId ?? null)
        : (follower?.departmentId ?? lead?.departmentId ?? null),
      note: v.note?.trim() ?? '',
    };
    if (lead)
      update.mutate({ id: lead.id, body: { ...body, version: lead.version } }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };

  const initial: Partial<Values> = lead
    ? {
        ...lead,
        industryCode: lead.industryCode ?? '',
        estimatedWan:
          lead.estimatedInvestmentFen === null ? '' : scaledToText(lead.estimatedInvestmentFen, WAN_SCALE, 2),
        receivedOn: dayjs(lead.receivedOn),
      }
    : { source: 'businessReferral', receivedOn: dayjs() };

  return (
    <FormModal<Values>
      form={form}
      width={640}
      title={lead ? t('investment.lead.edit') : t('investment.lead.create')}
      initialValues={initial}
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item
        name="title"
        label={t('investment.lead.title')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="investorId" label={t('investment.lead.investor')}>
        <InvestorSelect
          known={lead?.investorId ? [{ id: lead.investorId, name: lead.investorName ?? '' }] : []}
        />
      </Form.Item>
      <Form.Item name="source" label={t('investment.lead.source')} rules={[{ required: true }]}>
        <Select options={optionsOf(leadSources, leadSourceKey, t)} />
      </Form.Item>
      {source === 'agent' ? (
        <Form.Item name="agentId" label={t('investment.lead.agent')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={agents.isLoading}
            options={(agents.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="receivedOn" label={t('investment.lead.receivedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="estimatedWan"
        label={t('investment.lead.estimatedInvestment')}
        extra={t('investment.amountWanHint')}
        rules={[
          {
            validator: (_, text?: string) =>
              !text?.trim() || (decimalPattern(2, false).test(text.trim()) && wanToFen(text) !== null)
                ? Promise.resolve()
                : Promise.reject(new Error(t('investment.amountFormat'))),
          },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="industryCode"
        label={t('investment.lead.industryCode')}
        extra={t('investment.investor.industryHint')}
        rules={[{ pattern: /^\d{2,4}$/, message: t('investment.investor.industryHint') }]}
      >
        <Input maxLength={4} />
      </Form.Item>
      <Form.Item name="followerUserId" label={t('investment.lead.follower')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={followers.map((f) => ({ value: f.id, label: f.displayName }))}
        />
      </Form.Item>
      {departments ? (
        <Form.Item name="departmentId" label={t('investment.lead.department')}>
          <Select
            allowClear
            options={departments
              .filter((d) => d.status === 'active' || d.id === lead?.departmentId)
              .map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('investment.note')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
