import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '@kaifaqu/contracts';
import { hasAnyPermission, useMe, useMeQuery } from '../features/auth/hooks';
import { ChangePasswordPage } from '../features/auth/pages/ChangePasswordPage';
import { TotpPage } from '../features/auth/pages/TotpPage';
import { useErrorText } from '../shared/i18n/error-text';
import { FullPageSpin } from '../shared/ui/FullPageSpin';
import { ForbiddenPage, LoadErrorPage } from '../shared/ui/ResultPages';
import { AppLayout, RestrictedLayout } from './layout/AppLayout';

/** The one page a restricted session may see. */
const RESTRICTED_PATH: Record<NonNullable<Me['restriction']>, string> = {
  passwordChange: '/change-password',
  totpEnrolment: '/totp',
};

/**
 * Everything behind sign-in passes here: no session → /login (remembering the page); a session that must
 * change its password or enrol a second factor sees only that page; otherwise the full layout.
 */
export function SessionGate() {
  const { data: me, isPending, isError, error } = useMeQuery();
  const errorText = useErrorText();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  if (isError) return <LoadErrorPage detail={errorText(error)} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.restriction) {
    const path = RESTRICTED_PATH[me.restriction];
    if (location.pathname !== path) return <Navigate to={path} replace />;
    return (
      <RestrictedLayout me={me}>
        {me.restriction === 'passwordChange' ? <ChangePasswordPage forced /> : <TotpPage forced />}
      </RestrictedLayout>
    );
  }
  return <AppLayout me={me} />;
}

/** Renders its page only for users holding one of `anyOf`; others see the 403 page. */
export function RequirePermission({ anyOf, children }: { anyOf: readonly string[]; children: ReactNode }) {
  const me = useMe();
  return hasAnyPermission(me, anyOf) ? children : <ForbiddenPage />;
}
