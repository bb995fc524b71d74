import { Layout, Typography } from 'antd';
import { Link } from 'react-router';
import type { Me } from '@kaifaqu/contracts';
import { useT } from '../../shared/i18n';
import { BrandMark } from '../../shared/ui/BrandMark';
import { UserMenu } from './UserMenu';

/** The top bar: brand with the zone name on the left, the user's menu on the right. */
export function AppHeader({ me, restricted = false }: { me: Me; restricted?: boolean }) {
  const t = useT();
  return (
    <Layout.Header className="kfq-header">
      <Link to="/" className="kfq-brand">
        <BrandMark size={30} />
        <span className="kfq-brand-text">
          <Typography.Text className="kfq-brand-zone">{me.zoneName}</Typography.Text>
          <Typography.Text className="kfq-brand-product">{t('app.productName')}</Typography.Text>
        </span>
      </Link>
      <UserMenu me={me} restricted={restricted} />
    </Layout.Header>
  );
}
