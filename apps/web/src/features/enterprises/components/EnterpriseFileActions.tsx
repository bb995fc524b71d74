import { useState } from 'react';
import { Button, Space } from 'antd';
import { EditOutlined, PhoneOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import type { Enterprise } from '@kaifaqu/contracts';
import { useCan, useMe } from '../../auth/hooks';
import { useT } from '../../../shared/i18n';
import { ContactModal } from './ContactModal';
import { EnterpriseFormDrawer } from './EnterpriseFormDrawer';
import { QualificationModal } from './QualificationModal';
import { StatusChangeModal } from './StatusChangeModal';

type Open = 'edit' | 'status' | 'qualification' | 'contact' | null;

/**
 * The actions of 一企一档 by permission: registry staff edit, change status and add qualifications;
 * the enterprise's own user only edits its contact details.
 */
export function EnterpriseFileActions({ enterprise }: { enterprise: Enterprise }) {
  const t = useT();
  const can = useCan();
  const me = useMe();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const manage = can('enterprise:manage') && me.scope.kind !== 'enterprise';
  const ownContact =
    can('enterprise:self') && me.scope.kind === 'enterprise' && me.scope.enterpriseId === enterprise.id;
  return (
    <>
      <Space wrap>
        {manage ? (
          <>
            <Button icon={<EditOutlined />} onClick={() => setOpen('edit')}>
              {t('action.edit')}
            </Button>
            <Button icon={<SwapOutlined />} onClick={() => setOpen('status')}>
              {t('enterprise.changeStatus')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('qualification')}>
              {t('qualification.add')}
            </Button>
          </>
        ) : null}
        {ownContact ? (
          <Button type="primary" icon={<PhoneOutlined />} onClick={() => setOpen('contact')}>
            {t('enterprise.editContact')}
          </Button>
        ) : null}
      </Space>
      {open === 'edit' ? <EnterpriseFormDrawer enterprise={enterprise} onClose={close} /> : null}
      {open === 'status' ? <StatusChangeModal enterprise={enterprise} onClose={close} /> : null}
      {open === 'qualification' ? <QualificationModal enterpriseId={enterprise.id} onClose={close} /> : null}
      {open === 'contact' ? <ContactModal enterprise={enterprise} onClose={close} /> : null}
    </>
  );
}
