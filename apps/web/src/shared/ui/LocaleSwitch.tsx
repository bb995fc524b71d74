import { Segmented } from 'antd';
import { useLocale, type Locale } from '../i18n';

const OPTIONS: { label: string; value: Locale }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en-US' },
];

/** Two-way switch between Chinese and English, as shown on the login page. */
export function LocaleSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { locale, setLocale } = useLocale();
  return (
    <Segmented<Locale>
      size={size}
      options={OPTIONS}
      value={locale}
      onChange={setLocale}
      aria-label="Language / 语言"
    />
  );
}
