import { Suspense, useState, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { Alert, Grid, Layout, Spin } from 'antd';
import type { Me } from '@kaifaqu/contracts';
import { formatDate } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { AppHeader } from './AppHeader';
import { SideMenu } from './SideMenu';

const EXPIRY_WARNING_MS = 14 * 24 * 3600 * 1000;

/** Whether the password expires within two weeks, so the layout can warn about it. */
function expiresSoon(passwordExpiresAt: string | null): boolean {
  if (!passwordExpiresAt) return false;
  const left = new Date(passwordExpiresAt).getTime() - Date.now();
  return left < EXPIRY_WARNING_MS;
}

/** The signed-in frame: header, permission-filtered side menu, and the current page. */
export function AppLayout({ me }: { me: Me }) {
  const t = useT();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone the collapsed menu takes no width (a tab opens it), so on-site pages get the screen.
  const phone = !Grid.useBreakpoint().sm;
  // Read the clock once per mount, not on every render.
  const [warnExpiry] = useState(() => expiresSoon(me.passwordExpiresAt));
  return (
    <Layout className="kfq-shell">
      <AppHeader me={me} />
      <Layout>
        <Layout.Sider
          width={232}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          collapsedWidth={phone ? 0 : 80}
          theme="light"
          className="kfq-sider"
        >
          <SideMenu me={me} />
        </Layout.Sider>
        <Layout.Content className="kfq-content">
          {warnExpiry ? (
            <Alert
              className="kfq-block-alert"
              type="warning"
              showIcon
              closable
              title={t('layout.passwordExpiresSoon', { date: formatDate(me.passwordExpiresAt) })}
            />
          ) : null}
          <Suspense
            fallback={
              <div className="kfq-page-spin">
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The frame of a restricted session: header only, the one page the user must complete. */
export function RestrictedLayout({ me, children }: { me: Me; children: ReactNode }) {
  return (
    <Layout className="kfq-shell">
      <AppHeader me={me} restricted />
      <Layout.Content className="kfq-content kfq-content-restricted">{children}</Layout.Content>
    </Layout>
  );
}
