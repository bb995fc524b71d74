import { useState } from 'react';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Hazard, HazardDetail } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { PhotoField } from '../../inspections/components/PhotoField';
import { hazardsApi } from '../api';
import { useHazardMutation } from '../hooks';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

interface Props {
  hazard: Hazard;
  onClose: () => void;
}

/** 提交整改: what the enterprise did, when, with photos (the camera opens on a phone). */
export function RectifyModal({ hazard, onClose }: Props) {
  const t = useT();
  const [photos, setPhotos] = useState<string[]>([]);
  const save = useHazardMutation((v: { doneOn: Dayjs; measures: string }) =>
    hazardsApi.rectify(hazard.id, { doneOn: day(v.doneOn), measures: v.measures, photoFileIds: photos }),
  );
  return (
    <FormModal<{ doneOn: Dayjs; measures: string }>
      title={t('hazards.action.rectify')}
      okText={t('hazards.action.submitRectification')}
      initialValues={{ doneOn: dayjs() }}
      onSubmit={(v) => save.mutate(v, { onSuccess: onClose })}
      onCancel={onClose}
      submitting={save.isPending}
      error={save.error}
    >
      <Form.Item name="measures" label={t('hazards.measures')} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item name="doneOn" label={t('hazards.doneOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item label={t('hazards.rectificationPhotos')}>
        <PhotoField
          photoIds={photos}
          enterpriseId={hazard.enterpriseId}
          subParkId={hazard.subParkId}
          label={t('hazards.rectificationPhotos')}
          onChange={setPhotos}
        />
      </Form.Item>
    </FormModal>
  );
}

interface ReinspectValues {
  reason?: string;
  reinspectedOn: Dayjs;
  evaluation?: string;
  onSiteReviewOn?: Dayjs;
}

/** 复查: close (销号) or return (退回) with a reason; a major hazard needs evaluation and on-site review. */
export function ReinspectModal({ hazard, outcome, onClose }: Props & { outcome: 'close' | 'return' }) {
  const t = useT();
  const major = hazard.grade === 'major';
  const save = useHazardMutation((v: ReinspectValues) =>
    hazardsApi.reinspect(hazard.id, {
      outcome,
      reason: v.reason ?? '',
      reinspectedOn: day(v.reinspectedOn),
      ...(v.evaluation ? { evaluation: v.evaluation } : {}),
      ...(v.onSiteReviewOn ? { onSiteReviewOn: day(v.onSiteReviewOn) } : {}),
    }),
  );
  const closing = outcome === 'close';
  return (
    <FormModal<ReinspectValues>
      title={t(closing ? 'hazards.action.close' : 'hazards.action.return')}
      okText={t(closing ? 'hazards.action.confirmClose' : 'hazards.action.confirmReturn')}
      initialValues={{ reinspectedOn: dayjs() }}
      onSubmit={(v) => save.mutate(v, { onSuccess: onClose })}
      onCancel={onClose}
      submitting={save.isPending}
      error={save.error}
    >
      <Form.Item name="reinspectedOn" label={t('hazards.reinspectedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t(closing ? 'hazards.reinspectionNote' : 'hazards.returnReason')}
        rules={[{ required: !closing, whitespace: true, max: 1000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      {closing && major ? (
        <>
          <Form.Item
            name="evaluation"
            label={t('hazards.evaluation')}
            rules={[{ required: true, max: 2000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="onSiteReviewOn" label={t('hazards.onSiteReviewOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}

/** 挂牌督办 of an open major hazard. */
export function SuperviseModal({ hazard, onClose }: Props) {
  const t = useT();
  const save = useHazardMutation((v: { level: string; note?: string }) =>
    hazardsApi.supervise(hazard.id, { level: v.level, note: v.note ?? '' }),
  );
  return (
    <FormModal<{ level: string; note?: string }>
      title={t('hazards.action.supervise')}
      initialValues={{ level: hazard.supervisedLevel ?? '' }}
      onSubmit={(v) => save.mutate(v, { onSuccess: onClose })}
      onCancel={onClose}
      submitting={save.isPending}
      error={save.error}
    >
      <Form.Item name="level" label={t('hazards.supervisedLevel')} rules={[{ required: true, max: 50 }]}>
        <Input placeholder={t('hazards.supervisedLevelPlaceholder')} />
      </Form.Item>
      <Form.Item name="note" label={t('hazards.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

/** 调整整改期限 with a reason. */
export function DeadlineModal({ hazard, onClose }: Props) {
  const t = useT();
  const save = useHazardMutation((v: { deadline: Dayjs; reason: string }) =>
    hazardsApi.deadline(hazard.id, { deadline: day(v.deadline), reason: v.reason, version: hazard.version }),
  );
  return (
    <FormModal<{ deadline: Dayjs; reason: string }>
      title={t('hazards.action.deadline')}
      initialValues={{ deadline: dayjs(hazard.deadline) }}
      onSubmit={(v) => save.mutate(v, { onSuccess: onClose })}
      onCancel={onClose}
      submitting={save.isPending}
      error={save.error}
    >
      <Form.Item name="deadline" label={t('hazards.deadline')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="reason" label={t('hazards.deadlineReason')} rules={[{ required: true, max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

const PLAN_PARTS = ['objective', 'methods', 'funding', 'organisation', 'timeline', 'safetyMeasures'] as const;
type PlanValues = Record<(typeof PLAN_PARTS)[number], string>;

/** 重大隐患治理方案: the six parts (目标任务 … 安全措施与应急预案). */
export function PlanModal({ hazard, plan, onClose }: Props & { plan: HazardDetail['plan'] }) {
  const t = useT();
  const save = useHazardMutation((v: PlanValues) =>
    hazardsApi.plan(hazard.id, { ...v, fileIds: plan?.fileIds ?? [] }),
  );
  return (
    <FormModal<PlanValues>
      title={t('hazards.action.plan')}
      width={720}
      initialValues={plan ?? {}}
      onSubmit={(v) => save.mutate(v, { onSuccess: onClose })}
      onCancel={onClose}
      submitting={save.isPending}
      error={save.error}
    >
      {PLAN_PARTS.map((part) => (
        <Form.Item
          key={part}
          name={part}
          label={t(`hazards.plan.${part}`)}
          rules={[{ required: true, max: 4000 }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
