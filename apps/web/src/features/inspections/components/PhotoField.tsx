import { useState } from 'react';
import { Upload, type UploadFile } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useT } from '../../../shared/i18n';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { inspectionsApi, photoUrl } from '../api';

/** Props of {@link PhotoField}. */
export interface PhotoFieldProps {
  photoIds: string[];
  enterpriseId: string;
  subParkId: string | null;
  /** Accessible name of the file input, e.g. "第3项的现场照片". */
  label: string;
  disabled?: boolean;
  /** Called with the new list after an upload or a removal. */
  onChange: (photoIds: string[]) => void;
}

/**
 * Site photos of an item: on a phone the button opens the rear camera (`capture="environment"`);
 * each photo is uploaded for the inspected enterprise so it can see the evidence later.
 */
export function PhotoField({
  photoIds,
  enterpriseId,
  subParkId,
  label,
  disabled,
  onChange,
}: PhotoFieldProps) {
  const t = useT();
  const notifyError = useNotifyError();
  const [uploading, setUploading] = useState(0);
  const fileList: UploadFile[] = photoIds.map((id, i) => ({
    uid: id,
    name: `${label} ${i + 1}`,
    status: 'done',
    url: photoUrl(id),
    thumbUrl: photoUrl(id),
  }));
  if (uploading > 0) fileList.push({ uid: 'uploading', name: '…', status: 'uploading' });
  return (
    <Upload
      listType="picture-card"
      accept="image/*"
      capture="environment"
      multiple={false}
      disabled={disabled}
      fileList={fileList}
      showUploadList={{ showRemoveIcon: !disabled, showPreviewIcon: true }}
      onPreview={(file) => {
        if (file.url) window.open(file.url, '_blank', 'noopener');
      }}
      onRemove={(file) => {
        onChange(photoIds.filter((id) => id !== file.uid));
        return false;
      }}
      customRequest={({ file }) => {
        setUploading((n) => n + 1);
        inspectionsApi
          .uploadPhoto(file as File, enterpriseId, subParkId)
          .then((meta) => onChange([...photoIds, meta.id]))
          .catch(notifyError)
          .finally(() => setUploading((n) => n - 1));
      }}
    >
      {disabled || photoIds.length >= 20 ? null : (
        <div className="kfq-photo-button">
          <CameraOutlined style={{ fontSize: 24 }} />
          <div>{t('inspections.detail.addPhoto')}</div>
          <span className="kfq-sr-only">{label}</span>
        </div>
      )}
    </Upload>
  );
}
