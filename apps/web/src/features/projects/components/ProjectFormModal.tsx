import { Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  projectStages,
  projectTypes,
  worksCategories,
  type ProjectDetail,
  type ProjectKind,
  type ProjectStage,
  type ProjectType,
  type WorksCategory,
} from '@kaifaqu/contracts';
import { useStaffDirectory } from '../../accounts/hooks';
import { useCan, useMe } from '../../auth/hooks';
import { fenToWanText, wanToFen } from '../../enterprises/money';
import { useDepartments, useSubParks } from '../../organisation/hooks';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { stageKey, typeKey, unitKey, worksKey } from '../display';
import { useInvestors, useProjectMutations } from '../hooks';

interface Values {
  kind: ProjectKind;
  name: string;
  projectType: ProjectType;
  worksCategory?: WorksCategory;
  investorId?: string;
  industryCode?: string;
  subParkId?: string;
  departmentId?: string;
  currency: 'CNY' | 'USD';
  planned: string;
  exchangeRate?: string;
  signed?: string;
  isKey: boolean;
  leaderName?: string;
  ownerUserId?: string;
  description?: string;
  stage: ProjectStage;
  enteredOn: Dayjs;
}

const RATE = /^\d{1,2}(\.\d{1,4})?$/;

/** Registers a project (at 线索/在谈, or government works from 立项) or edits one's facts. */
export function ProjectFormModal({
  project,
  onClose,
}: {
  project: ProjectDetail | null;
  onClose: () => void;
}) {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const staff = useStaffDirectory();
  const [form] = Form.useForm<Values>();
  const { create, update } = useProjectMutations();
  const mutation = project ? update : create;
  const investors = useInvestors(can('investment:read'));
  const subParks = useSubParks(can('org:read'));
  const departments = useDepartments(can('org:read'));
  const kind = Form.useWatch('kind', form) ?? project?.kind ?? 'investment';
  const currency = Form.useWatch('currency', form) ?? project?.currency ?? 'CNY';

  const amountRule = {
    validator: (_: unknown, text?: string) =>
      !text || wanToFen(text) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(t('projects.amountFormat'))),
  };

  const submit = (v: Values) => {
    const common = {
      name: v.name.trim(),
      projectType: v.projectType,
      worksCategory: v.kind === 'government' ? (v.worksCategory ?? null) : null,
      investorId: v.investorId ?? null,
      industryCode: v.industryCode?.trim() || null,
      subParkId: v.subParkId ?? null,
      departmentId: v.departmentId ?? null,
      currency: v.currency,
      plannedInvestment: wanToFen(v.planned) ?? 0,
      ...(v.currency === 'USD' && v.exchangeRate ? { exchangeRate: Number(v.exchangeRate) } : {}),
      isKey: v.isKey,
      leaderName: v.leaderName?.trim() ?? '',
      ownerUserId: v.ownerUserId ?? null,
      description: v.description ?? '',
      ...(v.signed ? { signedAmount: wanToFen(v.signed) } : {}),
    };
    if (project) {
      update.mutate(
        { id: project.id, body: { ...common, version: project.version } },
        { onSuccess: onClose },
      );
    } else {
      create.mutate(
        { ...common, kind: v.kind, stage: v.stage, enteredOn: v.enteredOn.format('YYYY-MM-DD') },
        { onSuccess: onClose },
      );
    }
  };

  const initialStages: ProjectStage[] =
    kind === 'investment' ? ['lead', 'negotiating'] : projectStages.slice(2).map((s) => s);
  // Any active staff member can own a project; the caller and the current owner are offered even
  // before the directory loads.
  const owners = [{ value: me.id, label: t('projects.ownerMe', { name: me.displayName }) }];
  if (project?.ownerUserId && project.ownerUserId !== me.id)
    owners.push({ value: project.ownerUserId, label: project.ownerName ?? project.ownerUserId });
  for (const member of staff.data ?? [])
    if (!owners.some((o) => o.value === member.id))
      owners.push({ value: member.id, label: member.displayName });

  return (
    <FormModal<Values>
      form={form}
      width={760}
      title={project ? t('projects.edit') : t('projects.create')}
      initialValues={
        project
          ? {
              kind: project.kind,
              name: project.name,
              projectType: project.projectType,
              worksCategory: project.worksCategory ?? undefined,
              investorId: project.investor?.id,
              industryCode: project.industryCode ?? undefined,
              subParkId: project.subParkId ?? undefined,
              departmentId: project.departmentId ?? undefined,
              currency: project.currency,
              planned: fenToWanText(project.plannedInvestment),
              exchangeRate: project.exchangeRate === null ? undefined : String(project.exchangeRate),
              signed: project.signedAmount === null ? undefined : fenToWanText(project.signedAmount),
              isKey: project.isKey,
              leaderName: project.leaderName,
              ownerUserId: project.ownerUserId ?? undefined,
              description: project.description,
            }
          : {
              kind: 'investment',
              projectType: 'newBuild',
              currency: 'CNY',
              isKey: false,
              stage: 'lead',
              enteredOn: dayjs(),
              ownerUserId: me.id,
              departmentId: me.departmentId ?? undefined,
            }
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="kind" label={t('projects.kind')} rules={[{ required: true }]}>
            <Select
              disabled={Boolean(project)}
              options={(['investment', 'government'] as const).map((k) => ({
                value: k,
                label: t(`projects.kind.${k}`),
              }))}
              onChange={(k: ProjectKind) =>
                form.setFieldValue('stage', k === 'investment' ? 'lead' : 'signed')
              }
            />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="name"
            label={t('projects.name')}
            rules={[{ required: true, whitespace: true, max: 200 }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="projectType" label={t('projects.type')} rules={[{ required: true }]}>
            <Select options={projectTypes.map((p) => ({ value: p, label: t(typeKey(p)) }))} />
          </Form.Item>
        </Col>
        {kind === 'government' ? (
          <Col span={8}>
            <Form.Item name="worksCategory" label={t('projects.works')} rules={[{ required: true }]}>
              <Select options={worksCategories.map((w) => ({ value: w, label: t(worksKey(w)) }))} />
            </Form.Item>
          </Col>
        ) : (
          <Col span={8}>
            <Form.Item
              name="investorId"
              label={t('projects.investor')}
              extra={investors.isError ? t('projects.investorUnavailable') : undefined}
            >
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                disabled={!investors.data}
                options={(investors.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col span={8}>
          <Form.Item
            name="industryCode"
            label={t('projects.industry')}
            tooltip={t('projects.industryHint')}
            rules={[{ pattern: /^\d{2,4}$/, message: t('projects.industryHint') }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="subParkId" label={t('projects.subPark')}>
            <Select allowClear options={(subParks.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="departmentId" label={t('projects.department')}>
            <Select
              allowClear
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ownerUserId" label={t('projects.owner')}>
            <Select allowClear showSearch optionFilterProp="label" options={owners} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="currency" label={t('projects.currency')} rules={[{ required: true }]}>
            <Select
              options={(['CNY', 'USD'] as const).map((c) => ({
                value: c,
                label: t(`projects.currency.${c}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="planned"
            label={t('projects.plannedIn', { unit: t(unitKey(currency)) })}
            rules={[{ required: true, whitespace: true }, amountRule]}
          >
            <Input inputMode="decimal" />
          </Form.Item>
        </Col>
        <Col span={6}>
          {currency === 'USD' ? (
            <Form.Item
              name="exchangeRate"
              label={t('projects.exchangeRate')}
              rules={[{ required: true, pattern: RATE, message: t('projects.rateFormat') }]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          ) : null}
        </Col>
        <Col span={6}>
          <Form.Item
            name="signed"
            label={t('projects.signedIn', { unit: t(unitKey(currency)) })}
            rules={[amountRule]}
          >
            <Input inputMode="decimal" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="leaderName" label={t('projects.leader')} rules={[{ max: 50 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="isKey" label={t('projects.isKey')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        {project ? null : (
          <>
            <Col span={6}>
              <Form.Item name="stage" label={t('projects.stage')} rules={[{ required: true }]}>
                <Select options={initialStages.map((s) => ({ value: s, label: t(stageKey(s)) }))} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="enteredOn" label={t('projects.enteredOn')} rules={[{ required: true }]}>
                <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col span={24}>
          <Form.Item name="description" label={t('projects.projectDescription')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
