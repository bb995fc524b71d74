import { useState } from 'react';
import { App, Button } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useT } from '../i18n';

/** Copies `text` to the clipboard and confirms it; falls back to a hint where the clipboard is unavailable. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      message.success(t('action.copied'));
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      message.warning(t('common.copyFailed'));
    }
  };
  return (
    <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
      {label ?? t('action.copy')}
    </Button>
  );
}
