import { useEffect, useRef, useState } from 'react';
import { App, Button, DatePicker, Form, Input, List, Select, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { maxUploadBytes, type DischargePermit, type PermitManagementClass } from '@kaifaqu/contracts';
import { attachmentUrl, enterprisesApi } from '../../enterprises/api';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { useCreatePermit, useUpdatePermit } from '../hooks';
import { EnterprisePicker } from './EnterprisePicker';

interface PermitValues {
  enterpriseId: string;
  permitNo: string;
  managementClass: PermitManagementClass;
  issuedOn: Dayjs;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  pollutants?: string;
  note?: string;
  fileIds?: string[];
}

const DAY = 'YYYY-MM-DD';
/** The scanned copy may be a PDF or a picture (a subset of what POST /files accepts). */
const SCAN_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png'];
/** The contract's limit on attachments per permit. */
const MAX_FILES = 20;

/**
 * The permit's scanned copies (fileIds): uploaded for the permit's enterprise, so it may download them.
 * Names are known only for files uploaded in this dialog; earlier ones show as "附件N".
 */
function PermitFilesField({
  value = [],
  onChange,
  permit,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  permit: DischargePermit | null;
}) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const enterpriseId = Form.useWatch<string | undefined>('enterpriseId');
  const [names, setNames] = useState<Record<string, string>>({});
  const [uploading, setUploading] = useState(false);
  // Files belong to the enterprise they were uploaded for: choosing another one drops them.
  const uploadedFor = useRef(enterpriseId);
  useEffect(() => {
    if (uploadedFor.current === enterpriseId) return;
    uploadedFor.current = enterpriseId;
    if (!permit && value.length > 0) onChange?.([]);
  }, [enterpriseId, permit, value.length, onChange]);

  const upload = async (file: File, owner: string) => {
    setUploading(true);
    try {
      // The enterprise's sub-park owns the file too (a user of several sub-parks must name it).
      const subParkId = permit ? permit.subParkId : (await enterprisesApi.get(owner)).subParkId;
      const meta = await enterprisesApi.uploadAttachment(file, owner, subParkId);
      setNames((n) => ({ ...n, [meta.id]: meta.originalName }));
      onChange?.([...value, meta.id]);
      void message.success(t('env.permit.files.uploaded', { name: meta.originalName }));
    } catch (error) {
      notifyError(error);
    } finally {
      setUploading(false);
    }
  };

  const mb = maxUploadBytes / 1024 / 1024;
  return (
    <>
      <Upload
        accept={SCAN_EXTENSIONS.map((e) => `.${e}`).join(',')}
        multiple={false}
        showUploadList={false}
        disabled={!enterpriseId || uploading || value.length >= MAX_FILES}
        beforeUpload={(file) => {
          const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
          if (!SCAN_EXTENSIONS.includes(extension)) void message.error(t('env.permit.files.wrongType'));
          else if (file.size > maxUploadBytes) void message.error(t('env.permit.files.tooLarge', { mb }));
          else if (enterpriseId) void upload(file, enterpriseId);
          return false;
        }}
      >
        <Button
          icon={<UploadOutlined />}
          loading={uploading}
          disabled={!enterpriseId || value.length >= MAX_FILES}
        >
          {t('env.permit.files.upload')}
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
        {enterpriseId
          ? t('env.permit.files.hint', { mb, max: MAX_FILES })
          : t('env.permit.files.chooseEnterprise')}
      </Typography.Text>
      {value.length > 0 ? (
        <List<string>
          size="small"
          dataSource={value}
          renderItem={(id, i) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={uploading}
                  onClick={() => onChange?.(value.filter((v) => v !== id))}
                >
                  {t('env.permit.files.remove')}
                </Button>,
              ]}
            >
              <PaperClipOutlined style={{ marginInlineEnd: 8 }} />
              <a href={attachmentUrl(id)} download={names[id] ?? true}>
                {names[id] ?? t('env.permit.files.item', { n: i + 1 })}
              </a>
            </List.Item>
          )}
        />
      ) : null}
    </>
  );
}

/** Registers a permit or corrects / renews one; its enterprise is fixed once registered. */
export function PermitFormModal({
  permit,
  onClose,
}: {
  permit: DischargePermit | null;
  onClose: () => void;
}) {
  const t = useT();
  const create = useCreatePermit();
  const update = useUpdatePermit();
  const mutation = permit ? update : create;
  const classes: PermitManagementClass[] = ['key', 'simplified', 'registration'];

  const submit = (v: PermitValues) => {
    const fields = {
      permitNo: v.permitNo.trim(),
      managementClass: v.managementClass,
      issuedOn: v.issuedOn.format(DAY),
      validFrom: v.validFrom.format(DAY),
      validTo: v.validTo ? v.validTo.format(DAY) : null,
      pollutants: v.pollutants?.trim() ?? '',
      fileIds: v.fileIds ?? [],
      note: v.note?.trim() || null,
    };
    if (permit)
      update.mutate({ id: permit.id, body: { ...fields, version: permit.version } }, { onSuccess: onClose });
    else create.mutate({ ...fields, enterpriseId: v.enterpriseId }, { onSuccess: onClose });
  };

  return (
    <FormModal<PermitValues>
      title={permit ? t('env.permit.edit') : t('env.permit.create')}
      initialValues={
        permit
          ? {
              enterpriseId: permit.enterpriseId,
              permitNo: permit.permitNo,
              managementClass: permit.managementClass,
              issuedOn: dayjs(permit.issuedOn),
              validFrom: dayjs(permit.validFrom),
              validTo: dayjs(permit.validTo),
              pollutants: permit.pollutants,
              note: permit.note ?? '',
              fileIds: permit.fileIds,
            }
          : { managementClass: 'simplified', fileIds: [] }
      }
      onSubmit={submit}
      onCancel={onClose}
      submitting={mutation.isPending}
      error={mutation.error}
    >
      <Form.Item name="enterpriseId" label={t('env.enterprise')} rules={[{ required: true }]}>
        <EnterprisePicker disabled={Boolean(permit)} initialLabel={permit?.enterpriseName} />
      </Form.Item>
      <Form.Item
        name="permitNo"
        label={t('env.permit.no')}
        rules={[
          { required: true, whitespace: true },
          { pattern: /^[0-9A-Za-z-]{3,40}$/, message: t('env.permit.noFormat') },
        ]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="managementClass" label={t('env.permit.class')} rules={[{ required: true }]}>
        <Select options={classes.map((c) => ({ value: c, label: t(`env.permit.class.${c}`) }))} />
      </Form.Item>
      <Form.Item name="issuedOn" label={t('env.permit.issuedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('env.permit.validFrom')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="validTo" label={t('env.permit.validTo')} extra={t('env.permit.validToHint')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="pollutants" label={t('env.permit.pollutants')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="fileIds" label={t('env.permit.files')}>
        <PermitFilesField permit={permit} />
      </Form.Item>
      <Form.Item name="note" label={t('env.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
