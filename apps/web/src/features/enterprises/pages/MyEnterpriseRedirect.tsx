import { Navigate } from 'react-router';
import { useMe } from '../../auth/hooks';
import { NotFoundPage } from '../../../shared/ui/ResultPages';

/** 本企业信息: an enterprise user's menu entry, which opens the 一企一档 of the user's own enterprise. */
export function MyEnterpriseRedirect() {
  const me = useMe();
  const id = me.scope.kind === 'enterprise' ? me.scope.enterpriseId : null;
  return id ? <Navigate to={`/enterprises/${id}`} replace /> : <NotFoundPage />;
}
