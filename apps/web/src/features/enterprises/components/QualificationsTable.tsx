import { App, Button, Popconfirm, Table, type TableColumnsType } from 'antd';
import type { Qualification } from '@kaifaqu/contracts';
import { EMPTY } from '../../../shared/format';
import { useT } from '../../../shared/i18n';
import { useNotifyError } from '../../../shared/ui/use-notify-error';
import { useEnterpriseMutations } from '../hooks';

/** Props of {@link QualificationsTable}. */
export interface QualificationsTableProps {
  enterpriseId: string;
  qualifications: Qualification[];
  /** Whether the user may revoke (enterprise:manage). */
  canRevoke: boolean;
}

/** 资质: the enterprise's active qualifications with their year or validity, revocable by registry staff. */
export function QualificationsTable({ enterpriseId, qualifications, canRevoke }: QualificationsTableProps) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const { revokeQualification } = useEnterpriseMutations();
  const columns: TableColumnsType<Qualification> = [
    { title: t('qualification.kind'), dataIndex: 'kind', render: (_, q) => t(`qualificationKind.${q.kind}`) },
    { title: t('qualification.year'), dataIndex: 'year', render: (y: number | null) => y ?? EMPTY },
    {
      title: t('qualification.certificateNo'),
      dataIndex: 'certificateNo',
      render: (v: string) => v || EMPTY,
    },
    {
      title: t('qualification.validity'),
      key: 'validity',
      render: (_, q) =>
        q.validFrom || q.validTo ? `${q.validFrom ?? EMPTY} ~ ${q.validTo ?? EMPTY}` : EMPTY,
    },
    { title: t('qualification.board'), dataIndex: 'board', render: (v: string | null) => v ?? EMPTY },
  ];
  if (canRevoke) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, q) => (
        <Popconfirm
          title={t('qualification.revokeConfirm', { kind: t(`qualificationKind.${q.kind}`) })}
          okText={t('action.ok')}
          cancelText={t('action.cancel')}
          onConfirm={() =>
            revokeQualification.mutate(
              { id: enterpriseId, qualificationId: q.id, version: q.version },
              { onSuccess: () => void message.success(t('qualification.revoked')), onError: notifyError },
            )
          }
        >
          <Button type="link" size="small" danger>
            {t('qualification.revoke')}
          </Button>
        </Popconfirm>
      ),
    });
  }
  return (
    <Table<Qualification>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={qualifications}
      pagination={false}
      locale={{ emptyText: t('qualification.none') }}
    />
  );
}
