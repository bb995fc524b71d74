import { useState } from 'react';
import { Form, Select, Typography } from 'antd';
import { Link } from 'react-router';
import type { ProjectDetail } from '@kaifaqu/contracts';
import { useEnterprises } from '../../enterprises/hooks';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useProjectMutations } from '../hooks';

/** Links the enterprise the investor registered in the zone (picked from the registry). */
export function EnterpriseLinkModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const t = useT();
  const [keyword, setKeyword] = useState('');
  const enterprises = useEnterprises({ keyword: keyword || undefined, page: 1, pageSize: 20 });
  const { linkEnterprise } = useProjectMutations();
  return (
    <FormModal<{ enterpriseId: string }>
      title={t('projects.link')}
      initialValues={{ enterpriseId: project.enterpriseId ?? undefined }}
      onSubmit={(v) =>
        linkEnterprise.mutate(
          { id: project.id, body: { enterpriseId: v.enterpriseId, version: project.version } },
          { onSuccess: onClose },
        )
      }
      onCancel={onClose}
      submitting={linkEnterprise.isPending}
      error={linkEnterprise.error}
    >
      <Form.Item name="enterpriseId" label={t('projects.link.existing')} rules={[{ required: true }]}>
        <Select
          showSearch
          filterOption={false}
          onSearch={setKeyword}
          loading={enterprises.isFetching}
          options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
        />
      </Form.Item>
      <Typography.Text type="secondary">
        {t('projects.link.createHint')} <Link to="/enterprises">{t('projects.link.create')}</Link>
      </Typography.Text>
    </FormModal>
  );
}
