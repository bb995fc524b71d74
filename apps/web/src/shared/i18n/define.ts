/** The locales the UI speaks; zh-CN is the default. */
export type Locale = 'zh-CN' | 'en-US';

/** Every locale's text for one set of keys; a key missing in either language is a type error. */
export type MessageSet<K extends string> = Record<Locale, Record<K, string>>;

/** Declares one area's dictionary in both languages, checked to have the same keys. */
export function defineMessages<K extends string>(
  zh: Record<K, string>,
  en: Record<NoInfer<K>, string>,
): MessageSet<K> {
  return { 'zh-CN': zh, 'en-US': en };
}
