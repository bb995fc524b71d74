import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Alert, Form, Segmented, Select, Typography } from 'antd';
import { Link } from 'react-router';
import type { ProjectDetail } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { toCreateBody, toFormValues, type EnterpriseFormValues } from '../../enterprises/enterprise-form';
import { enterpriseKeys, useEnterprises, useLiaisonCandidates } from '../../enterprises/hooks';
import { useT } from '../../../shared/i18n';
import { FormModal } from '../../../shared/ui/FormModal';
import { useProjectMutations } from '../hooks';
import { NewEnterpriseFields } from './NewEnterpriseFields';

type Mode = 'existing' | 'create';

/** Both modes share one form: the picked enterprise, or the registration fields of a new one. */
type LinkValues = Partial<EnterpriseFormValues> & { enterpriseId?: string };

/** A new registration's defaults, prefilled from the project (name, 小类 industry, sub-park). */
function prefillFromProject(project: ProjectDetail): Partial<EnterpriseFormValues> {
  return {
    ...toFormValues(null),
    name: project.name.slice(0, 100),
    // The registry takes a 小类 (4 digits) only; a coarser project code leaves the pick to the user.
    industryCode:
      project.industryCode && /^\d{4}$/.test(project.industryCode) ? project.industryCode : undefined,
    subParkId: project.subParkId,
  };
}

/**
 * Links the enterprise the investor registered in the zone: picked from the registry, or — for users
 * who also manage the registry, while nothing is linked yet — registered here and linked at once.
 */
export function EnterpriseLinkModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const client = useQueryClient();
  const canCreate = !project.enterpriseId && can('enterprise:manage') && can('project:manage');
  const [mode, setMode] = useState<Mode>('existing');
  const [keyword, setKeyword] = useState('');
  const enterprises = useEnterprises({ keyword: keyword || undefined, page: 1, pageSize: 20 });
  const liaisons = useLiaisonCandidates(canCreate);
  const { linkEnterprise } = useProjectMutations();
  const creating = canCreate && mode === 'create';

  const submit = (values: LinkValues) => {
    if (!creating) {
      linkEnterprise.mutate(
        { id: project.id, body: { enterpriseId: values.enterpriseId ?? '', version: project.version } },
        { onSuccess: onClose },
      );
      return;
    }
    // Without the picker the new enterprise has no 企业秘书, as in the registry's own drawer.
    const liaison = liaisons.isSuccess ? (values.liaisonUserId ?? null) : null;
    const body = toCreateBody(values as EnterpriseFormValues, liaison);
    linkEnterprise.mutate(
      { id: project.id, body: { create: body, version: project.version } },
      {
        onSuccess: () => {
          void client.invalidateQueries({ queryKey: enterpriseKeys.all });
          void message.success(t('projects.link.created'));
          onClose();
        },
      },
    );
  };

  return (
    <FormModal<LinkValues>
      title={t('projects.link')}
      width={creating ? 760 : undefined}
      okText={creating ? t('projects.link.createSubmit') : undefined}
      initialValues={{ enterpriseId: project.enterpriseId ?? undefined, ...prefillFromProject(project) }}
      onSubmit={submit}
      onCancel={onClose}
      submitting={linkEnterprise.isPending}
      error={linkEnterprise.error}
    >
      {canCreate ? (
        <Form.Item>
          <Segmented<Mode>
            block
            value={mode}
            onChange={(next) => {
              linkEnterprise.reset();
              setMode(next);
            }}
            options={[
              { value: 'existing', label: t('projects.link.modeExisting') },
              { value: 'create', label: t('projects.link.create') },
            ]}
          />
        </Form.Item>
      ) : null}
      {creating ? (
        <>
          <Alert type="info" showIcon title={t('projects.link.prefillHint')} className="kfq-block-alert" />
          <NewEnterpriseFields
            projectSubParkId={project.subParkId}
            liaisons={liaisons.isSuccess ? liaisons.data : null}
          />
        </>
      ) : (
        <>
          <Form.Item name="enterpriseId" label={t('projects.link.existing')} rules={[{ required: true }]}>
            <Select
              showSearch
              filterOption={false}
              onSearch={setKeyword}
              loading={enterprises.isFetching}
              options={(enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
            />
          </Form.Item>
          {canCreate ? null : (
            <Typography.Text type="secondary">
              {t('projects.link.createHint')} <Link to="/enterprises">{t('projects.link.create')}</Link>
            </Typography.Text>
          )}
        </>
      )}
    </FormModal>
  );
}
