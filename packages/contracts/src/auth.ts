import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, StrictObject, Timestamp } from './common.js';
import { scopeKinds } from './permissions.js';

/** Login request. `totpCode` is sent on the second step when the account has a second factor. */
export const LoginBody = StrictObject({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 128 }),
  totpCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
});
export type LoginBody = Static<typeof LoginBody>;

/** A user's data scope as the API shows it. */
export const DataScopeView = Type.Object({
  kind: Type.Union(scopeKinds.map((k) => Type.Literal(k))),
  subParkIds: Type.Array(Id),
  departmentId: Nullable(Id),
  enterpriseId: Nullable(Id),
});
export type DataScopeView = Static<typeof DataScopeView>;

/** Why a session may only reach the password or second-factor pages. */
export const SessionRestriction = Nullable(
  Type.Union([Type.Literal('passwordChange'), Type.Literal('totpEnrolment')]),
);
export type SessionRestriction = Static<typeof SessionRestriction>;

/** The signed-in user, as `GET /auth/me` and login return it. */
export const Me = Type.Object({
  id: Id,
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  permissions: Type.Array(Type.String()),
  scope: DataScopeView,
  departmentId: Nullable(Id),
  restriction: SessionRestriction,
  totpEnabled: Type.Boolean(),
  passwordExpiresAt: Nullable(Timestamp),
  zoneName: Type.String(),
});
export type Me = Static<typeof Me>;

/** What the login page needs to know before anyone signs in. */
export const LoginOptions = Type.Object({
  zoneName: Type.String(),
  adminTotpRequired: Type.Boolean(),
  demo: Type.Boolean(),
});
export type LoginOptions = Static<typeof LoginOptions>;

/** Password change by the signed-in user. */
export const ChangePasswordBody = StrictObject({
  currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
  newPassword: Type.String({ minLength: 1, maxLength: 128 }),
});
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/** A pending second-factor secret, shown once for the authenticator app. */
export const TotpSetup = Type.Object({ secret: Type.String(), otpauthUrl: Type.String() });
export type TotpSetup = Static<typeof TotpSetup>;

/** Confirms enrolment with a current code. */
export const TotpEnableBody = StrictObject({ code: Type.String({ pattern: '^\\d{6}$' }) });
export type TotpEnableBody = Static<typeof TotpEnableBody>;
