import { Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined, SafetyOutlined, TeamOutlined } from '@ant-design/icons';
import type { Me } from '@kaifaqu/contracts';
import { useDescribeScope, type ScopeNames } from '../../auth/scope';
import { formatDate } from '../../../shared/format';
import { useT } from '../../../shared/i18n';

/** The greeting banner: who is signed in, with which roles, seeing which data, in which zone. */
export function WelcomeCard({ me, names }: { me: Me; names: ScopeNames }) {
  const t = useT();
  const describeScope = useDescribeScope();
  const department = me.departmentId ? names.departments?.get(me.departmentId) : undefined;
  return (
    <section className="kfq-welcome">
      <div className="kfq-welcome-main">
        <Typography.Text className="kfq-welcome-date">{formatDate(new Date())}</Typography.Text>
        <Typography.Title level={3} className="kfq-welcome-title">
          {t('home.greeting', { name: me.displayName })}
        </Typography.Title>
        <Typography.Text className="kfq-welcome-zone">
          <EnvironmentOutlined /> {me.zoneName}
          {department ? ` · ${department}` : ''}
        </Typography.Text>
      </div>
      <div className="kfq-welcome-facts">
        <div className="kfq-fact">
          <span className="kfq-fact-label">
            <TeamOutlined /> {t('home.roles')}
          </span>
          <Space size={[4, 4]} wrap>
            {me.roles.length === 0 ? <span>{t('users.noRoles')}</span> : null}
            {me.roles.map((r) => (
              <Tag key={r.code} className="kfq-welcome-tag">
                {r.name}
              </Tag>
            ))}
          </Space>
        </div>
        <div className="kfq-fact">
          <span className="kfq-fact-label">
            <SafetyOutlined /> {t('home.scope')}
          </span>
          <span>{describeScope(me.scope, names)}</span>
        </div>
      </div>
    </section>
  );
}
