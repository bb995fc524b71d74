import type { ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { useT } from '../i18n';
import { ApiErrorAlert } from './ApiErrorAlert';

/** Props of {@link FormModal}. */
export interface FormModalProps<T extends object> {
  title: ReactNode;
  /** Values the form starts with; read when the modal mounts, so mount it per record. */
  initialValues?: Partial<T>;
  onSubmit: (values: T) => void;
  onCancel: () => void;
  submitting?: boolean;
  /** The last failed submission, shown above the fields with every broken rule. */
  error?: unknown;
  okText?: ReactNode;
  width?: number;
  /** Form instance when the caller needs to read or set fields. */
  form?: FormInstance<T>;
  children: ReactNode;
}

/**
 * A modal holding one antd Form: OK submits it, validation messages follow the UI language, and a
 * failed save shows the server's message in an Alert. Render it only while open (`{open && <FormModal/>}`).
 */
export function FormModal<T extends object>(props: FormModalProps<T>) {
  const t = useT();
  const [ownForm] = Form.useForm<T>();
  const form = props.form ?? ownForm;
  return (
    <Modal
      open
      title={props.title}
      width={props.width ?? 560}
      okText={props.okText ?? t('action.save')}
      cancelText={t('action.cancel')}
      onCancel={props.onCancel}
      confirmLoading={props.submitting}
      okButtonProps={{ htmlType: 'submit' }}
      mask={{ closable: false }}
      modalRender={(dom) => (
        <Form<T>
          form={form}
          layout="vertical"
          initialValues={props.initialValues}
          onFinish={props.onSubmit}
          scrollToFirstError
          requiredMark
        >
          {dom}
        </Form>
      )}
    >
      {props.error ? <ApiErrorAlert error={props.error} /> : null}
      {props.children}
    </Modal>
  );
}
