import { useCallback } from 'react';
import { App } from 'antd';
import { useErrorText } from '../i18n/error-text';

/** Returns a callback that shows a failed call as a toast in the current language. */
export function useNotifyError(): (error: unknown) => void {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback((error: unknown) => void message.error(errorText(error)), [message, errorText]);
}
