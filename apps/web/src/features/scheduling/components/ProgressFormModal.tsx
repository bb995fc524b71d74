import { useState } from 'react';
import { Button, DatePicker, Form, Input, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { ProgressReport, ProjectDetail } from '@kaifaqu/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../shared/i18n';
import { scaledToText } from '../../../shared/scaled';
import { FormModal } from '../../../shared/ui/FormModal';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { schedulingApi } from '../api';
import { fenToWanText, fileUrl, textToCenti, twoDecimalsRule, wanToFen } from '../display';
import { useSchedulingMutation } from '../hooks';

interface Values {
  period?: Dayjs;
  progressNote: string;
  thisMonth: string;
  cumulative?: string;
  quantity?: string;
}

/** Reports a month's progress (形象进度 with photos) or corrects one. */
export function ProgressFormModal(props: {
  project: ProjectDetail;
  report: ProgressReport | null;
  onClose: () => void;
}) {
  const t = useT();
  const notifyError = useNotifyError();
  const { project, report } = props;
  const [photos, setPhotos] = useState<UploadFile[]>(
    (report?.photoFileIds ?? []).map((id, i) => ({
      uid: id,
      name: `${i + 1}`,
      status: 'done',
      url: fileUrl(id),
    })),
  );
  const body = (v: Values) => {
    const cumulative = v.cumulative?.trim() ? wanToFen(v.cumulative) : null;
    return {
      progressNote: v.progressNote.trim(),
      photoFileIds: photos.filter((p) => p.status === 'done').map((p) => p.uid),
      investmentThisMonthFen: wanToFen(v.thisMonth) ?? 0,
      ...(cumulative !== null ? { investmentCumulativeFen: cumulative } : {}),
      ...(project.worksQuantityUnit ? { quantityDoneCenti: textToCenti(v.quantity) } : {}),
    };
  };
  const create = useSchedulingMutation((v: Values) =>
    schedulingApi.createProgress(project.id, { period: v.period!.format('YYYY-MM'), ...body(v) }),
  );
  const update = useSchedulingMutation((v: Values) =>
    schedulingApi.updateProgress(project.id, report!.id, { ...body(v), version: report!.version }),
  );
  const mutation = report ? update : create;
  const amountRule = twoDecimalsRule(t('progress.amountFormat'));

  return (
    <FormModal<Values>
      title={report ? t('progress.edit') : t('progress.add')}
      width={640}
      initialValues={
        report
          ? {
              period: dayjs(`${report.period}-01`),
              progressNote: report.progressNote,
              thisMonth: fenToWanText(report.investmentThisMonthFen),
              cumulative: fenToWanText(report.investmentCumulativeFen),
              quantity: report.quantityDoneCenti === null ? '' : scaledToText(report.quantityDoneCenti, 2),
            }
          : { period: dayjs().startOf('month') }
      }
      onSubmit={(v) => mutation.mutate(v, { onSuccess: props.onClose })}
      onCancel={props.onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item name="period" label={t('progress.period')} rules={[{ required: true }]}>
        <DatePicker picker="month" disabled={Boolean(report)} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="progressNote"
        label={t('progress.note')}
        rules={[{ required: true, whitespace: true, max: 4000 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label={t('progress.photos')}>
        <Upload
          listType="picture"
          accept="image/png,image/jpeg"
          fileList={photos}
          onRemove={(file) => setPhotos((list) => list.filter((p) => p.uid !== file.uid))}
          customRequest={({ file }) => {
            const raw = file as File;
            const temp = `uploading-${raw.name}-${Date.now()}`;
            setPhotos((list) => [...list, { uid: temp, name: raw.name, status: 'uploading' }]);
            schedulingApi
              .upload(raw, { enterpriseId: project.enterpriseId, subParkId: project.subParkId })
              .then((meta) =>
                setPhotos((list) =>
                  list.map((p) =>
                    p.uid === temp
                      ? { uid: meta.id, name: raw.name, status: 'done', url: fileUrl(meta.id) }
                      : p,
                  ),
                ),
              )
              .catch((error: unknown) => {
                setPhotos((list) => list.filter((p) => p.uid !== temp));
                notifyError(error);
              });
          }}
        >
          <Button icon={<UploadOutlined />}>{t('progress.upload')}</Button>
        </Upload>
      </Form.Item>
      <Form.Item name="thisMonth" label={t('progress.thisMonth')} rules={[{ required: true }, amountRule]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item
        name="cumulative"
        label={t('progress.cumulative')}
        extra={t('progress.cumulativeHint')}
        rules={[amountRule]}
      >
        <Input inputMode="decimal" />
      </Form.Item>
      {project.worksQuantityUnit ? (
        <Form.Item
          name="quantity"
          label={t('progress.quantityDone', { unit: project.worksQuantityUnit })}
          rules={[twoDecimalsRule(t('progress.quantityFormat'))]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
