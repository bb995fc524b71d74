import { createElement, type ComponentType } from 'react';
import { Link } from 'react-router';
import { Card } from 'antd';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../../shared/i18n';

/** A page offered on the home page (the menu entries satisfy this shape). */
export interface QuickLinkEntry {
  key: string;
  path: string;
  icon: ComponentType;
  labelKey: MessageKey;
}

/** A row of tiles linking to the pages the user may open. */
export function QuickLinks({ links }: { links: readonly QuickLinkEntry[] }) {
  const t = useT();
  if (links.length === 0) return null;
  return (
    <Card title={t('home.quickLinks')} className="kfq-section-card">
      <nav className="kfq-quick-links" aria-label={t('home.quickLinks')}>
        {links.map((link) => (
          <Link key={link.key} to={link.path} className="kfq-quick-link">
            <span className="kfq-quick-icon">{createElement(link.icon)}</span>
            <span>{t(link.labelKey)}</span>
          </Link>
        ))}
      </nav>
    </Card>
  );
}
