import { useCallback } from 'react';
import { ApiError } from '../http';
import { useDynamicT, useLocale, useT } from './index';

// Codes whose sentence is fixed by the UI in both languages rather than taken from the server.
const FIXED_IN_CHINESE = new Set(['VERSION_CONFLICT', 'NETWORK_ERROR']);

/**
 * Returns a function giving the text to show for a failed call: the server's Chinese message in zh-CN;
 * in en-US the English text of a known code, else the server's message.
 */
export function useErrorText(): (error: unknown) => string {
  const { locale } = useLocale();
  const t = useT();
  const dynamicT = useDynamicT();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) return t('error.unknown');
      const known = `error.${error.code}`;
      if (locale === 'zh-CN' && !FIXED_IN_CHINESE.has(error.code)) {
        return error.message || dynamicT(known, t('error.unknown'));
      }
      const fallback = error.code.startsWith('HTTP_') ? t('error.unknown') : error.message;
      return dynamicT(known, fallback);
    },
    [locale, t, dynamicT],
  );
}
