import { createElement, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Menu, type MenuProps } from 'antd';
import type { Me } from '@kaifaqu/contracts';
import { hasAnyPermission } from '../../features/auth/hooks';
import { useT } from '../../shared/i18n';
import { menuEntries, menuEntryForPath, menuGroups, type MenuEntry } from '../menu';

type MenuItem = Required<MenuProps>['items'][number];

/** Menu entries the user may open, in display order. */
export function permittedEntries(me: Me): MenuEntry[] {
  return menuEntries.filter((e) => hasAnyPermission(me, e.anyOf));
}

/** The side menu, built from `menu.ts` and filtered by the user's permissions; empty groups are hidden. */
export function SideMenu({ me }: { me: Me }) {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = useMemo(() => permittedEntries(me), [me]);

  const items = useMemo<MenuItem[]>(() => {
    const toItem = (e: MenuEntry): MenuItem => ({
      key: e.key,
      icon: createElement(e.icon),
      label: t(e.labelKey),
    });
    const result: MenuItem[] = [];
    const placedGroups = new Set<string>();
    for (const entry of entries) {
      if (!entry.group) {
        result.push(toItem(entry));
        continue;
      }
      if (placedGroups.has(entry.group)) continue;
      placedGroups.add(entry.group);
      const group = menuGroups.find((g) => g.key === entry.group);
      const children = entries.filter((e) => e.group === entry.group).map(toItem);
      result.push({
        key: `group:${entry.group}`,
        icon: group ? createElement(group.icon) : undefined,
        label: group ? t(group.labelKey) : entry.group,
        children,
      });
    }
    return result;
  }, [entries, t]);

  const current = menuEntryForPath(pathname);
  const openKeys = useMemo(() => menuGroups.map((g) => `group:${g.key}`), []);
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={current ? [current.key] : []}
      defaultOpenKeys={openKeys}
      onClick={({ key }) => {
        const entry = menuEntries.find((e) => e.key === key);
        if (entry) void navigate(entry.path);
      }}
      className="kfq-side-menu"
    />
  );
}
