import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n';

/** Shown when the user lacks the permission a page needs. */
export function ForbiddenPage() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('result.403.title')}
      subTitle={t('result.403.subTitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('action.backHome')}</Button>
        </Link>
      }
    />
  );
}

/** Shown for an unknown address. */
export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('result.404.title')}
      subTitle={t('result.404.subTitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('action.backHome')}</Button>
        </Link>
      }
    />
  );
}

/** Shown when a page failed to load or render; offers a reload. */
export function LoadErrorPage({ detail }: { detail?: string }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('result.error.title')}
      subTitle={detail ?? t('result.error.subTitle')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('action.refresh')}
        </Button>
      }
    />
  );
}
