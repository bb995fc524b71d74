import type { LiaisonCandidate } from '@kaifaqu/contracts';
import { useCan } from '../../auth/hooks';
import { EnterpriseFormFields } from '../../enterprises/components/EnterpriseFormFields';
import { useLeadingIndustries } from '../../enterprises/hooks';
import { useSubParks } from '../../organisation/hooks';

/** Props of {@link NewEnterpriseFields}. */
export interface NewEnterpriseFieldsProps {
  /** The project's sub-park, kept in the list even when it is no longer active. */
  projectSubParkId: string | null;
  /** Staff to choose the 企业秘书 from; null leaves the picker out. */
  liaisons: LiaisonCandidate[] | null;
}

/** The registry's own registration fields (登记企业), for registering the project's enterprise in place. */
export function NewEnterpriseFields({ projectSubParkId, liaisons }: NewEnterpriseFieldsProps) {
  const can = useCan();
  const subParks = useSubParks(can('org:read'));
  const leading = useLeadingIndustries();
  return (
    <EnterpriseFormFields
      creating
      subParks={(subParks.data ?? []).filter((p) => p.status === 'active' || p.id === projectSubParkId)}
      leadingIndustries={leading.data ?? []}
      liaisons={liaisons}
    />
  );
}
