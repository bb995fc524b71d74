import { Type, type Static, type TProperties, type TSchema, type ObjectOptions } from '@sinclair/typebox';

/** An object schema that refuses unknown properties (security.md 10: no mass assignment). */
export const StrictObject = <T extends TProperties>(properties: T, options: ObjectOptions = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

/** A UUIDv7 (or any UUID) string id. */
export const Id = Type.String({ format: 'uuid', maxLength: 36 });

/**
 * Optimistic-concurrency version carried by every mutable record. Bounded well below the
 * 32-bit column maximum so that `version + 1` can never overflow it.
 */
export const Version = Type.Integer({ minimum: 1, maximum: 1_000_000_000 });

/** UTC ISO-8601 timestamp. */
export const Timestamp = Type.String({ format: 'date-time', maxLength: 40 });

/** A calendar date `YYYY-MM-DD`. */
export const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });

/** Bounded free text for names and titles. */
export const Name = (maxLength = 100) => Type.String({ minLength: 1, maxLength });

/**
 * Nullable wrapper. Null comes first on purpose: with Fastify's type coercion, ajv would
 * otherwise coerce a null to "" while trying the string branch.
 */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

/** The body of every error response: a stable code and a message a person can act on. */
export const ErrorBody = Type.Object({
  code: Type.String(),
  message: Type.String(),
  details: Type.Optional(
    Type.Array(Type.Object({ path: Type.String(), message: Type.String() }, { additionalProperties: false })),
  ),
});
export type ErrorBody = Static<typeof ErrorBody>;

/** Standard paging query: 1-based page, bounded page size. */
export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
};

/** A page of items with the total count. */
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer() });

/** Body of a version-only state change (disable, archive…). */
export const VersionBody = StrictObject({ version: Version });
export type VersionBody = Static<typeof VersionBody>;

/** Id path parameter. */
export const IdParams = StrictObject({ id: Id });
export type IdParams = Static<typeof IdParams>;

/** Stable error codes shared by server and web. */
export const ErrorCode = {
  validationFailed: 'VALIDATION_FAILED',
  notFound: 'NOT_FOUND',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  versionConflict: 'VERSION_CONFLICT',
  conflict: 'CONFLICT',
  invalidTransition: 'INVALID_TRANSITION',
  rateLimited: 'RATE_LIMITED',
  serviceUnavailable: 'SERVICE_UNAVAILABLE',
  internal: 'INTERNAL_ERROR',
  invalidCredentials: 'AUTH_INVALID_CREDENTIALS',
  accountLocked: 'AUTH_ACCOUNT_LOCKED',
  accountDisabled: 'AUTH_ACCOUNT_DISABLED',
  totpRequired: 'AUTH_TOTP_REQUIRED',
  totpInvalid: 'AUTH_TOTP_INVALID',
  passwordChangeRequired: 'AUTH_PASSWORD_CHANGE_REQUIRED',
  totpEnrolmentRequired: 'AUTH_TOTP_ENROLMENT_REQUIRED',
  passwordPolicy: 'PASSWORD_POLICY_VIOLATION',
  adminDutyConflict: 'ADMIN_DUTY_CONFLICT',
  fileTypeNotAllowed: 'FILE_TYPE_NOT_ALLOWED',
  fileTooLarge: 'FILE_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A to-do shown to a person or a department (待办). */
export const Todo = Type.Object({
  id: Id,
  kind: Type.String(),
  title: Type.String(),
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String()),
  enterpriseId: Nullable(Id),
  dueOn: Nullable(DateString),
  createdAt: Timestamp,
});
export type Todo = Static<typeof Todo>;
