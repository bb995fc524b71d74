import { Type, type Static } from '@sinclair/typebox';
import { Id, Name, Nullable, PageQuery, StrictObject, Timestamp, Version } from './common.js';
import { DataScopeView } from './auth.js';
import { scopeKinds } from './permissions.js';

/** Account status: disabled accounts cannot sign in; they are never deleted. */
export const UserStatus = Type.Union([Type.Literal('active'), Type.Literal('disabled')]);
export type UserStatus = Static<typeof UserStatus>;

const Username = Type.String({ pattern: '^[A-Za-z0-9_.-]{3,32}$' });
const Phone = Nullable(Type.String({ pattern: '^[0-9+\\- ]{5,20}$' }));

/** An account as administrators see it (phone masked). */
export const User = Type.Object({
  id: Id,
  username: Type.String(),
  displayName: Type.String(),
  departmentId: Nullable(Id),
  phone: Nullable(Type.String()),
  status: UserStatus,
  roleCodes: Type.Array(Type.String()),
  scope: DataScopeView,
  totpEnabled: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  lastLoginAt: Nullable(Timestamp),
  lockedUntil: Nullable(Timestamp),
  version: Version,
  createdAt: Timestamp,
});
export type User = Static<typeof User>;

/** Filters of the account list. */
export const UserListQuery = StrictObject({
  keyword: Type.Optional(Type.String({ maxLength: 64 })),
  status: Type.Optional(UserStatus),
  roleCode: Type.Optional(Type.String({ maxLength: 32 })),
  ...PageQuery,
});
export type UserListQuery = Static<typeof UserListQuery>;

/** Create an account (system administrator). Roles are granted separately by the security administrator. */
export const UserCreateBody = StrictObject({
  username: Username,
  displayName: Name(50),
  departmentId: Nullable(Id),
  phone: Phone,
});
export type UserCreateBody = Static<typeof UserCreateBody>;

/** Update an account's profile. `phone` absent means unchanged (lists only ever show it masked). */
export const UserUpdateBody = StrictObject({
  displayName: Name(50),
  departmentId: Nullable(Id),
  phone: Type.Optional(Phone),
  version: Version,
});
export type UserUpdateBody = Static<typeof UserUpdateBody>;

/** A new account or a reset password: the one-time password is shown once. */
export const UserWithInitialPassword = Type.Object({ user: User, initialPassword: Type.String() });
export type UserWithInitialPassword = Static<typeof UserWithInitialPassword>;

/** Grant roles and data scope (security administrator). */
export const UserRolesBody = StrictObject({
  roleCodes: Type.Array(Type.String({ maxLength: 32 }), { maxItems: 20, uniqueItems: true }),
  scope: StrictObject({
    kind: Type.Union(scopeKinds.map((k) => Type.Literal(k))),
    subParkIds: Type.Array(Id, { maxItems: 50, uniqueItems: true }),
    enterpriseId: Nullable(Id),
  }),
  version: Version,
});
export type UserRolesBody = Static<typeof UserRolesBody>;

/** A role: a named set of permissions; admin roles carry their duty. */
export const Role = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  adminDuty: Nullable(Type.Union([Type.Literal('system'), Type.Literal('security'), Type.Literal('audit')])),
  builtIn: Type.Boolean(),
  permissions: Type.Array(Type.String()),
  version: Version,
});
export type Role = Static<typeof Role>;

const PermissionList = Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200, uniqueItems: true });

/** Create a custom business role. */
export const RoleCreateBody = StrictObject({
  code: Type.String({ pattern: '^[a-z][a-z0-9_]{1,31}$' }),
  name: Name(50),
  description: Type.String({ maxLength: 200 }),
  permissions: PermissionList,
});
export type RoleCreateBody = Static<typeof RoleCreateBody>;

/** Update a role's name and permissions. */
export const RoleUpdateBody = StrictObject({
  name: Name(50),
  description: Type.String({ maxLength: 200 }),
  permissions: PermissionList,
  version: Version,
});
export type RoleUpdateBody = Static<typeof RoleUpdateBody>;

/** A permission of the catalogue, for the role editor. */
export const PermissionView = Type.Object({
  code: Type.String(),
  module: Type.String(),
  duty: Type.String(),
  labelZh: Type.String(),
  labelEn: Type.String(),
});
export type PermissionView = Static<typeof PermissionView>;

/** The security policy (等保 defaults), set by the security administrator. */
export const SecurityPolicy = Type.Object({
  passwordMinLength: Type.Integer({ minimum: 8, maximum: 64 }),
  passwordMaxAgeDays: Type.Integer({ minimum: 0, maximum: 3650 }),
  passwordHistory: Type.Integer({ minimum: 0, maximum: 24 }),
  lockoutThreshold: Type.Integer({ minimum: 3, maximum: 20 }),
  lockoutWindowMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  lockoutDurationMinutes: Type.Integer({ minimum: 1, maximum: 1440 }),
  sessionIdleMinutes: Type.Integer({ minimum: 5, maximum: 720 }),
  sessionAbsoluteHours: Type.Integer({ minimum: 1, maximum: 72 }),
  inactiveAccountDays: Type.Integer({ minimum: 0, maximum: 3650 }),
  requireAdminTotp: Type.Boolean(),
});
export type SecurityPolicy = Static<typeof SecurityPolicy>;

/** The policy with its version, as read and written. */
export const SecurityPolicyView = Type.Intersect([SecurityPolicy, Type.Object({ version: Version })]);
export type SecurityPolicyView = Static<typeof SecurityPolicyView>;
export const SecurityPolicyBody = StrictObject({ ...SecurityPolicy.properties, version: Version });
export type SecurityPolicyBody = Static<typeof SecurityPolicyBody>;

/** A staff account as others pick it (owner, follower, responsible person): no contact or security data. */
export const StaffMember = Type.Object({
  id: Id,
  displayName: Type.String(),
  departmentId: Nullable(Id),
});
export type StaffMember = Static<typeof StaffMember>;
