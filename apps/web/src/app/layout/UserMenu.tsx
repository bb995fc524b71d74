import { useNavigate } from 'react-router';
import { App, Avatar, Dropdown, Space, type MenuProps } from 'antd';
import {
  DownOutlined,
  GlobalOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Me } from '@kaifaqu/contracts';
import { useLogout } from '../../features/auth/hooks';
import { useLocale, useT, type Locale } from '../../shared/i18n';

/** The header's user dropdown: own password, second factor, language, sign-out. `restricted` keeps only the last two. */
export function UserMenu({ me, restricted = false }: { me: Me; restricted?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { locale, setLocale } = useLocale();
  const logout = useLogout();

  const languageItem: Required<MenuProps>['items'][number] = {
    key: 'language',
    icon: <GlobalOutlined />,
    label: t('layout.language'),
    children: (['zh-CN', 'en-US'] as const).map((l) => ({
      key: `locale:${l}`,
      label: t(`locale.${l}`),
      disabled: l === locale,
    })),
  };
  const items: MenuProps['items'] = [
    ...(restricted
      ? []
      : [
          { key: 'password', icon: <KeyOutlined />, label: t('layout.changePassword') },
          { key: 'totp', icon: <SafetyOutlined />, label: t('layout.totp') },
        ]),
    languageItem,
    { type: 'divider' as const },
    { key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate('/change-password');
    else if (key === 'totp') void navigate('/totp');
    else if (key.startsWith('locale:')) setLocale(key.slice('locale:'.length) as Locale);
    else if (key === 'logout') {
      // The hook leaves for the sign-in page whatever the server answers; this menu unmounts then.
      logout.mutate();
      void message.success(t('layout.loggedOut'));
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <button type="button" className="kfq-user-button">
        <Space size={8}>
          <Avatar size="small" icon={<UserOutlined />} className="kfq-avatar" />
          <span className="kfq-user-name">{me.displayName}</span>
          <DownOutlined className="kfq-user-caret" />
        </Space>
      </button>
    </Dropdown>
  );
}
