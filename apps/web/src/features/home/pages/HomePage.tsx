import { useMemo } from 'react';
import { Card } from 'antd';
import { hasAnyPermission, useCan, useMe } from '../../auth/hooks';
import { nameMap } from '../../auth/scope';
import { EnterpriseCountCards } from '../../enterprises/components/EnterpriseCountCards';
import { useDepartments, useSubParks } from '../../organisation/hooks';
import { QuickLinks, type QuickLinkEntry } from '../components/QuickLinks';
import { SubParkCards } from '../components/SubParkCards';
import { TodoCard } from '../components/TodoCard';
import { WelcomeCard } from '../components/WelcomeCard';
import { useT } from '../../../shared/i18n';

/** A page the home page may link to, with the permissions it needs and whether to offer it. */
export interface HomeLink extends QuickLinkEntry {
  anyOf: readonly string[];
  quickLink?: boolean;
}

/** 首页: welcome, the registry's headline counts, the caller's to-dos, quick links to the pages the user may open, the sub-parks. */
export function HomePage({ links }: { links: readonly HomeLink[] }) {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const readOrg = can('org:read');
  const subParks = useSubParks(readOrg);
  const departments = useDepartments(readOrg);
  const names = useMemo(
    () => ({ subParks: nameMap(subParks.data), departments: nameMap(departments.data) }),
    [subParks.data, departments.data],
  );
  const permitted = links.filter((l) => l.quickLink !== false && hasAnyPermission(me, l.anyOf));
  return (
    <div className="kfq-home">
      <WelcomeCard me={me} names={names} />
      {can('enterprise:read') && me.scope.kind !== 'enterprise' ? (
        <Card title={t('enterpriseCounts.title')} className="kfq-section-card">
          <EnterpriseCountCards />
        </Card>
      ) : null}
      <TodoCard />
      <QuickLinks links={permitted} />
      {readOrg ? <SubParkCards subParks={subParks.data ?? []} loading={subParks.isLoading} /> : null}
    </div>
  );
}
