import { App, Form, Input } from 'antd';
import type { ReportForm } from '@kaifaqu/contracts';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useReportMutations } from '../hooks';

/** 退回: send a submitted report back to the enterprise; the reason is required and shown to it. */
export function ReturnModal({ form, onClose }: { form: ReportForm; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { returnReport } = useReportMutations();
  return (
    <FormModal<{ comment: string }>
      title={t('reporting.review.returnTitle', { name: form.enterpriseName })}
      okText={t('reporting.review.return')}
      onCancel={onClose}
      submitting={returnReport.isPending}
      error={returnReport.error}
      onSubmit={({ comment }) =>
        returnReport.mutate(
          { id: form.id, body: { comment: comment.trim(), version: form.version } },
          {
            onSuccess: () => {
              void message.success(t('reporting.review.returned'));
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="comment"
        label={t('reporting.review.comment')}
        rules={[{ required: true, whitespace: true, message: t('reporting.review.commentRequired') }]}
      >
        <Input.TextArea
          rows={4}
          maxLength={500}
          showCount
          placeholder={t('reporting.review.commentPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
