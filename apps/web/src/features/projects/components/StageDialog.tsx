import { useState } from 'react';
import { Checkbox, Col, DatePicker, Divider, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { projectStages, type Project, type ProjectStage } from '@kaifaqu/contracts';
import { wanToFen } from '../../enterprises/money';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { stageKey, unitKey } from '../display';
import { useProjectMutations } from '../hooks';
import { AgreementFields, agreementBody, type AgreementValues } from './AgreementFields';

interface Values extends Partial<AgreementValues> {
  stage: ProjectStage;
  enteredOn: Dayjs;
  note?: string;
  terminationReason?: string;
  signed?: string;
  withAgreement?: boolean;
}

const index = (s: ProjectStage) => projectStages.indexOf(s as (typeof projectStages)[number]);
const SIGNED = index('signed');

/**
 * Moves a project to another stage. Moving back or reactivating asks for a note, terminating for a
 * reason; moving to 签约 asks for the signed amount and records the agreement in the same dialog.
 */
export function StageDialog({
  project,
  initialStage,
  onClose,
}: {
  project: Project;
  initialStage?: ProjectStage;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { moveStage, createAgreement } = useProjectMutations();
  // Set once the move went through: a retry after a failed agreement only records the agreement.
  const [movedId, setMovedId] = useState<string | null>(null);
  const target = Form.useWatch('stage', form) ?? initialStage;
  const withAgreement = Form.useWatch('withAgreement', form) ?? true;
  const from = index(project.stage);
  const to = target ? index(target) : -1;
  const back =
    target !== undefined && target !== 'terminated' && (project.stage === 'terminated' || to < from);
  const needsAmount = project.kind === 'investment' && to >= SIGNED && project.signedAmount === null;
  const signing = target === 'signed';

  const options = [...projectStages, 'terminated' as const]
    .filter((s) => s !== project.stage)
    .filter((s) => project.kind === 'investment' || s === 'terminated' || index(s) >= SIGNED)
    .map((s) => ({ value: s, label: t(stageKey(s)) }));

  const submit = async (v: Values) => {
    let id = movedId;
    if (!id) {
      const moved = await moveStage.mutateAsync({
        id: project.id,
        body: {
          stage: v.stage,
          enteredOn: v.enteredOn.format('YYYY-MM-DD'),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          ...(v.stage === 'terminated' ? { terminationReason: v.terminationReason?.trim() ?? '' } : {}),
          ...(v.signed?.trim() ? { signedAmount: wanToFen(v.signed) ?? 0 } : {}),
          version: project.version,
        },
      });
      id = moved.id;
      setMovedId(id);
    }
    if (v.stage === 'signed' && (v.withAgreement ?? true) && v.agreementTitle && v.signedOn)
      await createAgreement.mutateAsync({ id, body: agreementBody(v as AgreementValues) });
    onClose();
  };

  return (
    <FormModal<Values>
      form={form}
      width={signing ? 760 : 560}
      title={t('projects.moveTitle', { name: project.name })}
      initialValues={{
        stage: initialStage,
        enteredOn: dayjs(),
        withAgreement: true,
        agreementTitle: t('projects.agreement.defaultTitle'),
        signedOn: dayjs(),
      }}
      onSubmit={(v) => void submit(v).catch(() => undefined)}
      onCancel={onClose}
      submitting={moveStage.isPending || createAgreement.isPending}
      error={movedId ? createAgreement.error : moveStage.error}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="stage" label={t('projects.targetStage')} rules={[{ required: true }]}>
            <Select options={options} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="enteredOn" label={t('projects.enteredOn')} rules={[{ required: true }]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(project.stageSince), 'day')}
            />
          </Form.Item>
        </Col>
        {target === 'terminated' ? (
          <Col span={24}>
            <Form.Item
              name="terminationReason"
              label={t('projects.terminationReason')}
              rules={[{ required: true, whitespace: true, max: 500 }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        ) : null}
        {needsAmount || signing ? (
          <Col span={12}>
            <Form.Item
              name="signed"
              label={t('projects.signedIn', { unit: t(unitKey(project.currency)) })}
              rules={[
                { required: needsAmount, whitespace: true },
                {
                  validator: (_, text?: string) =>
                    !text?.trim() || wanToFen(text) !== null
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('projects.amountFormat'))),
                },
              ]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
        ) : null}
        <Col span={24}>
          <Form.Item
            name="note"
            label={t('projects.note')}
            extra={back ? t('projects.noteRequired') : undefined}
            rules={[{ required: back, whitespace: true, max: 1000 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
      </Row>
      {signing ? (
        <>
          <Divider />
          <Form.Item name="withAgreement" valuePropName="checked">
            <Checkbox>{t('projects.withAgreement')}</Checkbox>
          </Form.Item>
          {withAgreement ? <AgreementFields /> : null}
        </>
      ) : null}
    </FormModal>
  );
}
