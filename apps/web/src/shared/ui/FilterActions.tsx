import { Button, Form, Space } from 'antd';
import { useT } from '../i18n';

/** The 查询 / 重置 pair that ends every filter bar; `onReset` clears the form and searches again. */
export function FilterActions({ onReset }: { onReset: () => void }) {
  const t = useT();
  return (
    <Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('action.search')}
        </Button>
        <Button onClick={onReset}>{t('action.reset')}</Button>
      </Space>
    </Form.Item>
  );
}
