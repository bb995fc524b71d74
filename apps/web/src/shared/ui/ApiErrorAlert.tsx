import { Alert } from 'antd';
import { ApiError } from '../http';
import { useErrorText } from '../i18n/error-text';

/** Props of {@link ApiErrorAlert}. */
export interface ApiErrorAlertProps {
  error: unknown;
  /** A heading above the message (e.g. 账号已锁定). */
  title?: string;
  type?: 'error' | 'warning';
  className?: string;
}

/** Shows a failed call as an antd Alert (role="alert"), listing every broken rule the server reported. */
export function ApiErrorAlert({ error, title, type = 'error', className }: ApiErrorAlertProps) {
  const errorText = useErrorText();
  if (!error) return null;
  const text = errorText(error);
  const details = error instanceof ApiError ? (error.details ?? []) : [];
  const list =
    details.length > 0 ? (
      <ul className="kfq-error-details">
        {details.map((d, i) => (
          <li key={`${d.path}-${i}`}>{d.message}</li>
        ))}
      </ul>
    ) : null;
  return (
    <Alert
      className={className ?? 'kfq-block-alert'}
      type={type}
      showIcon
      title={title ?? text}
      description={
        title ? (
          <>
            {text}
            {list}
          </>
        ) : (
          list
        )
      }
    />
  );
}
