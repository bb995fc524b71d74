import { Spin } from 'antd';
import { useT } from '../i18n';

/** A centred spinner filling the page, for the first load of the session. */
export function FullPageSpin() {
  const t = useT();
  return (
    <div className="kfq-full-spin">
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
