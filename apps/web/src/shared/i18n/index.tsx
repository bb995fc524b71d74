import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import type { Locale } from './define';
import { messages, type MessageKey } from './messages';

// Re-exported so callers import everything about language from `shared/i18n`.
export type { Locale } from './define';
export type { MessageKey } from './messages';

/** Interpolation values for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Translates a key of the dictionary, filling `{name}` placeholders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const STORAGE_KEY = 'kfq.locale';

function readStoredLocale(): Locale {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
}

function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

/** Holds the UI language, persisted in localStorage under `kfq.locale`. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = readStoredLocale();
    applyLocale(initial);
    return initial;
  });
  useEffect(() => applyLocale(locale), [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The current locale and its setter. */
export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside LocaleProvider');
  return value;
}

/** Returns `t(key, params)` for the current locale. */
export function useT(): Translate {
  const { locale } = useLocale();
  return useCallback<Translate>((key, params) => format(messages[locale][key], params), [locale]);
}

/** Translates a key built at run time (e.g. a module name), falling back when the dictionary lacks it. */
export function useDynamicT(): (key: string, fallback: string) => string {
  const { locale } = useLocale();
  return useCallback(
    (key, fallback) => {
      const table = messages[locale] as Record<string, string | undefined>;
      return table[key] ?? fallback;
    },
    [locale],
  );
}
